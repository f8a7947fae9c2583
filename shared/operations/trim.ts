import { z } from 'zod';
import { columnName, label, rowFilters } from './common';
import type { Bilingual } from '../result';

/**
 * Removes spaces (non-breaking ones too) at both ends of each value and
 * collapses inner runs of spaces to one.
 */
export const trimStep = z.object({
  op: z.literal('trim'),
  column: columnName,
  filters: rowFilters,
});

/** A trim step. */
export type TrimStep = z.infer<typeof trimStep>;

/** The history label of a trim step. */
export function trimLabel(step: TrimStep): Bilingual {
  return label(`Recortar espacios en «${step.column}»`, `Trim spaces in «${step.column}»`);
}
