import { z } from 'zod';
import { columnName, label, listColumns } from './common';
import type { Bilingual } from '../result';

/** Keeps the first of rows equal in the given columns (all columns when absent). */
export const removeDuplicatesStep = z.object({
  op: z.literal('remove-duplicates'),
  columns: z.array(columnName).min(1).optional(),
});

/** A remove-duplicates step. */
export type RemoveDuplicatesStep = z.infer<typeof removeDuplicatesStep>;

/** The history label of a remove-duplicates step. */
export function removeDuplicatesLabel(step: RemoveDuplicatesStep): Bilingual {
  if (!step.columns) return label('Quitar filas duplicadas', 'Remove duplicate rows');
  return label(
    `Quitar filas duplicadas por ${listColumns(step.columns, 'es')}`,
    `Remove rows duplicated in ${listColumns(step.columns, 'en')}`,
  );
}
