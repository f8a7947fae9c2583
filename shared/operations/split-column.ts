import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/**
 * Splits a column by a literal separator or by a regular expression whose
 * groups are the parts, into new columns placed where it was. Missing
 * parts are empty; extra parts stay joined in the last column.
 */
export const splitColumnStep = z
  .object({
    op: z.literal('split-column'),
    column: columnName,
    separator: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    into: z.array(machineName).min(1),
    keep: z.boolean().default(false),
  })
  .refine((step) => (step.separator === undefined) !== (step.pattern === undefined), {
    message: 'give either separator or pattern',
  });

/** A split-column step. */
export type SplitColumnStep = z.infer<typeof splitColumnStep>;

/** The history label of a split-column step. */
export function splitColumnLabel(step: SplitColumnStep): Bilingual {
  const n = step.into.length;
  return label(
    `Dividir «${step.column}» en ${n} columnas`,
    `Split «${step.column}» into ${n} columns`,
  );
}
