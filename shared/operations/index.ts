import { z } from 'zod';
import type { Bilingual } from '../result';
import { blankDownLabel, blankDownStep } from './blank-down';
import { changeCaseLabel, changeCaseStep } from './change-case';
import { combineDateLabel, combineDateStep } from './combine-date';
import { convertTypeLabel, convertTypeStep } from './convert-type';
import { deleteColumnsLabel, deleteColumnsStep } from './delete-columns';
import { duplicateColumnLabel, duplicateColumnStep } from './duplicate-column';
import { extractUnitLabel, extractUnitStep } from './extract-unit';
import { fillDownLabel, fillDownStep } from './fill-down';
import { inegiMunicipalityLabel, inegiMunicipalityStep } from './inegi-municipality';
import { inegiStateLabel, inegiStateStep } from './inegi-state';
import { keepRowsLabel, keepRowsStep } from './keep-rows';
import { mapValuesLabel, mapValuesStep } from './map-values';
import { mergeColumnsLabel, mergeColumnsStep } from './merge-columns';
import { normalizeLabel, normalizeStep } from './normalize';
import { pivotLabel, pivotStep } from './pivot';
import { removeAccentsLabel, removeAccentsStep } from './remove-accents';
import { removeBlankColumnsLabel, removeBlankColumnsStep } from './remove-blank-columns';
import { removeBlankRowsLabel, removeBlankRowsStep } from './remove-blank-rows';
import { removeDuplicatesLabel, removeDuplicatesStep } from './remove-duplicates';
import { removeRowsLabel, removeRowsStep } from './remove-rows';
import { renameColumnLabel, renameColumnStep } from './rename-column';
import { renameColumnsLabel, renameColumnsStep } from './rename-columns';
import { reorderColumnsLabel, reorderColumnsStep } from './reorder-columns';
import { replaceLabel, replaceStep } from './replace';
import { setDescriptionLabel, setDescriptionStep } from './set-description';
import { setLabelLabel, setLabelStep } from './set-label';
import { splitCodeNameLabel, splitCodeNameStep } from './split-code-name';
import { splitColumnLabel, splitColumnStep } from './split-column';
import { toDateLabel, toDateStep } from './to-date';
import { toNumberLabel, toNumberStep } from './to-number';
import { trimLabel, trimStep } from './trim';
import { unpivotLabel, unpivotStep } from './unpivot';

/**
 * Every cleaning operation by its stable id: the schema its parameters are
 * validated against and the label the history shows. Adding an operation
 * means one file here, one in electron/engine/operations, and one line in
 * each registry.
 */
export const operations = {
  'blank-down': { schema: blankDownStep, label: blankDownLabel },
  'change-case': { schema: changeCaseStep, label: changeCaseLabel },
  'combine-date': { schema: combineDateStep, label: combineDateLabel },
  'convert-type': { schema: convertTypeStep, label: convertTypeLabel },
  'delete-columns': { schema: deleteColumnsStep, label: deleteColumnsLabel },
  'duplicate-column': { schema: duplicateColumnStep, label: duplicateColumnLabel },
  'extract-unit': { schema: extractUnitStep, label: extractUnitLabel },
  'fill-down': { schema: fillDownStep, label: fillDownLabel },
  'inegi-municipality': { schema: inegiMunicipalityStep, label: inegiMunicipalityLabel },
  'inegi-state': { schema: inegiStateStep, label: inegiStateLabel },
  'keep-rows': { schema: keepRowsStep, label: keepRowsLabel },
  'map-values': { schema: mapValuesStep, label: mapValuesLabel },
  'merge-columns': { schema: mergeColumnsStep, label: mergeColumnsLabel },
  normalize: { schema: normalizeStep, label: normalizeLabel },
  pivot: { schema: pivotStep, label: pivotLabel },
  'remove-accents': { schema: removeAccentsStep, label: removeAccentsLabel },
  'remove-blank-columns': { schema: removeBlankColumnsStep, label: removeBlankColumnsLabel },
  'remove-blank-rows': { schema: removeBlankRowsStep, label: removeBlankRowsLabel },
  'remove-duplicates': { schema: removeDuplicatesStep, label: removeDuplicatesLabel },
  'remove-rows': { schema: removeRowsStep, label: removeRowsLabel },
  'rename-column': { schema: renameColumnStep, label: renameColumnLabel },
  'rename-columns': { schema: renameColumnsStep, label: renameColumnsLabel },
  'reorder-columns': { schema: reorderColumnsStep, label: reorderColumnsLabel },
  replace: { schema: replaceStep, label: replaceLabel },
  'set-description': { schema: setDescriptionStep, label: setDescriptionLabel },
  'set-label': { schema: setLabelStep, label: setLabelLabel },
  'split-code-name': { schema: splitCodeNameStep, label: splitCodeNameLabel },
  'split-column': { schema: splitColumnStep, label: splitColumnLabel },
  'to-date': { schema: toDateStep, label: toDateLabel },
  'to-number': { schema: toNumberStep, label: toNumberLabel },
  trim: { schema: trimStep, label: trimLabel },
  unpivot: { schema: unpivotStep, label: unpivotLabel },
} as const;

/** The stable id of an operation. */
export type OperationId = keyof typeof operations;

/** All operation ids, in alphabetical order. */
export const operationIds = Object.keys(operations) as OperationId[];

/** One step of a recipe: `{"op": ID, ...parameters}`, validated. */
export const step = z.discriminatedUnion('op', [
  blankDownStep,
  changeCaseStep,
  combineDateStep,
  convertTypeStep,
  deleteColumnsStep,
  duplicateColumnStep,
  extractUnitStep,
  fillDownStep,
  inegiMunicipalityStep,
  inegiStateStep,
  keepRowsStep,
  mapValuesStep,
  mergeColumnsStep,
  normalizeStep,
  pivotStep,
  removeAccentsStep,
  removeBlankColumnsStep,
  removeBlankRowsStep,
  removeDuplicatesStep,
  removeRowsStep,
  renameColumnStep,
  renameColumnsStep,
  reorderColumnsStep,
  replaceStep,
  setDescriptionStep,
  setLabelStep,
  splitCodeNameStep,
  splitColumnStep,
  toDateStep,
  toNumberStep,
  trimStep,
  unpivotStep,
]);

/** A validated step, defaults filled. */
export type Step = z.output<typeof step>;

/** A step as a person or a file writes it (defaults optional). */
export type StepInput = z.input<typeof step>;

/** A step of one operation. */
export type StepOf<K extends OperationId> = Extract<Step, { op: K }>;

/** Tells whether a string names an operation. */
export function isOperationId(id: string): id is OperationId {
  return Object.prototype.hasOwnProperty.call(operations, id);
}

/** The history label of any step. */
export function stepLabel(value: Step): Bilingual {
  const entry = operations[value.op] as { label: (s: Step) => Bilingual };
  return entry.label(value);
}

/** Why a raw step was refused: where in it and what. */
export interface StepIssue {
  path: string;
  message: string;
}

/**
 * Validates one raw step against its own operation's schema, so that the
 * issues name the operation's fields rather than every alternative.
 */
export function parseStep(
  raw: unknown,
): { ok: true; step: Step } | { ok: false; issues: StepIssue[] } {
  const op = typeof raw === 'object' && raw !== null ? (raw as { op?: unknown }).op : undefined;
  if (typeof op !== 'string' || !isOperationId(op)) {
    return { ok: false, issues: [{ path: 'op', message: `unknown operation ${String(op)}` }] };
  }

  const parsed = (operations[op].schema as z.ZodType<Step>).safeParse(raw);
  if (parsed.success) return { ok: true, step: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.') || 'step',
    message: issue.message,
  }));
  return { ok: false, issues };
}
