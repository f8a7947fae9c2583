import { z } from 'zod';
import { columnName, label } from './common';
import type { Bilingual } from '../result';

/**
 * Turns rows into columns: each distinct value of `key` becomes a column
 * holding `value`; rows are grouped by the remaining columns, in order of
 * first appearance. With several values per cell the first one is kept,
 * or they are combined as `aggregate` says: `sum`, `mean`, `min`, `max`
 * or `count` (of the non-empty values).
 */
export const pivotStep = z.object({
  op: z.literal('pivot'),
  key: columnName,
  value: columnName,
  aggregate: z.enum(['first', 'sum', 'mean', 'min', 'max', 'count']).optional(),
});

/** How a pivot combines several values that fall in one cell. */
export type PivotAggregate = NonNullable<z.infer<typeof pivotStep>['aggregate']>;

/** A pivot step. */
export type PivotStep = z.infer<typeof pivotStep>;

/** The history label of a pivot step. */
export function pivotLabel(step: PivotStep): Bilingual {
  return label(
    `Pasar «${step.key}» a columnas con «${step.value}»`,
    `Pivot «${step.key}» into columns of «${step.value}»`,
  );
}
