import { FichaError } from '../../../shared/errors';
import { splitColumnStep } from '../../../shared/operations/split-column';
import { trimSpaces } from '../../../shared/operations/values/text';
import {
  col,
  identityOutputs,
  insertAfter,
  newColumn,
  planBuilder,
  requireColumn,
  requireFreeName,
} from './plan-builder';
import type { Operation } from './types';

/** Splits a text into at most `parts` pieces; the last keeps the rest joined. */
function splitInto(text: string, separator: string, parts: number): string[] {
  const pieces = text.split(separator);
  if (pieces.length <= parts) return pieces;
  return [...pieces.slice(0, parts - 1), pieces.slice(parts - 1).join(separator)];
}

/**
 * Splits a column by a separator or by a pattern's groups into new columns
 * placed where it was (the original stays with `keep`).
 */
export const splitColumnOperation: Operation<'split-column'> = {
  id: 'split-column',
  schema: splitColumnStep,
  reads: (step) => [step.column],
  writes: (step) => step.into,
  plan: (step, state) => {
    const builder = planBuilder();
    const source = requireColumn(state, step.column);
    for (const name of step.into) requireFreeName(state, name, step.keep ? undefined : step.column);
    let pattern: RegExp | null = null;
    if (step.pattern !== undefined) {
      try {
        pattern = new RegExp(step.pattern, 'u');
      } catch (error) {
        throw new FichaError('OPTION_INVALID', {
          option: 'pattern',
          reason: (error as Error).message,
        });
      }
    }

    const parts = step.into.length;
    const piece = builder.fn('split_part', (value: unknown, index: number) => {
      if (value === null) return null;
      const text = String(value);
      const pieces = pattern
        ? (pattern.exec(text)?.slice(1) ?? (index === 0 ? [text] : []))
        : splitInto(text, step.separator as string, parts);
      const result = pieces[index];
      if (result === undefined) return null;
      const trimmed = trimSpaces(result);
      return trimmed === '' ? null : trimmed;
    });

    const added = step.into.map((name, index) => ({
      column: newColumn(name, 'text', { label: name }),
      expr: `${piece}(${col(step.column)}, ${index})`,
    }));
    let outputs = insertAfter(identityOutputs(state), step.column, added);
    if (!step.keep)
      outputs = outputs.filter(
        (o) => o.column.name !== source.name || added.some((a) => a.column === o.column),
      );
    return builder.finish({ kind: 'map', outputs });
  },
};
