import { z } from 'zod';
import { columnName, label } from './common';
import type { Bilingual } from '../result';

/**
 * Turns rows into columns: each distinct value of `key` becomes a column
 * holding `value`; rows are grouped by the remaining columns, in order of
 * first appearance. With several values per cell the first one is kept.
 */
export const pivotStep = z.object({
  op: z.literal('pivot'),
  key: columnName,
  value: columnName,
});

/** A pivot step. */
export type PivotStep = z.infer<typeof pivotStep>;

/** The history label of a pivot step. */
export function pivotLabel(step: PivotStep): Bilingual {
  return label(
    `Pasar «${step.key}» a columnas con «${step.value}»`,
    `Pivot «${step.key}» into columns of «${step.value}»`,
  );
}
