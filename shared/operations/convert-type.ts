import { z } from 'zod';
import { columnTypes } from '../table';
import { columnName, label, machineName, onInvalid } from './common';
import type { Bilingual } from '../result';

/**
 * Converts a column to another type. Values that do not convert are kept
 * as text (counted as mismatches), emptied, moved to a flag column, or make
 * the step fail, as `onInvalid` says; they are always reported.
 */
export const convertTypeStep = z.object({
  op: z.literal('convert-type'),
  column: columnName,
  to: z.enum(columnTypes),
  onInvalid: onInvalid.default('keep'),
  flagColumn: machineName.optional(),
  decimal: z.enum(['.', ',']).default('.'),
});

/** A convert-type step. */
export type ConvertTypeStep = z.infer<typeof convertTypeStep>;

const typeNames: Record<string, string> = {
  integer: 'entero',
  number: 'número',
  boolean: 'booleano',
  date: 'fecha',
  datetime: 'fecha y hora',
  text: 'texto',
};

/** The history label of a convert-type step. */
export function convertTypeLabel(step: ConvertTypeStep): Bilingual {
  return label(
    `Convertir «${step.column}» a ${typeNames[step.to]}`,
    `Convert «${step.column}» to ${step.to}`,
  );
}
