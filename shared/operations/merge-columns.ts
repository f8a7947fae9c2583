import { z } from 'zod';
import { columnName, label, listColumns, machineName } from './common';
import type { Bilingual } from '../result';

/** Joins columns' values with a separator into a new column; empty parts are skipped. */
export const mergeColumnsStep = z.object({
  op: z.literal('merge-columns'),
  columns: z.array(columnName).min(2),
  separator: z.string().default(' '),
  into: machineName,
  label: z.string().min(1).optional(),
  drop: z.boolean().default(false),
});

/** A merge-columns step. */
export type MergeColumnsStep = z.infer<typeof mergeColumnsStep>;

/** The history label of a merge-columns step. */
export function mergeColumnsLabel(step: MergeColumnsStep): Bilingual {
  return label(
    `Unir ${listColumns(step.columns, 'es')} en «${step.into}»`,
    `Merge ${listColumns(step.columns, 'en')} into «${step.into}»`,
  );
}
