import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/** Copies a column into a new one placed right after it. */
export const duplicateColumnStep = z.object({
  op: z.literal('duplicate-column'),
  column: columnName,
  to: machineName,
  label: z.string().min(1).optional(),
});

/** A duplicate-column step. */
export type DuplicateColumnStep = z.infer<typeof duplicateColumnStep>;

/** The history label of a duplicate-column step. */
export function duplicateColumnLabel(step: DuplicateColumnStep): Bilingual {
  return label(
    `Duplicar «${step.column}» como «${step.to}»`,
    `Duplicate «${step.column}» as «${step.to}»`,
  );
}
