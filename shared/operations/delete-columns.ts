import { z } from 'zod';
import { columnName, label, listColumns } from './common';
import type { Bilingual } from '../result';

/** Deletes columns. */
export const deleteColumnsStep = z.object({
  op: z.literal('delete-columns'),
  columns: z.array(columnName).min(1),
});

/** A delete-columns step. */
export type DeleteColumnsStep = z.infer<typeof deleteColumnsStep>;

/** The history label of a delete-columns step. */
export function deleteColumnsLabel(step: DeleteColumnsStep): Bilingual {
  return label(
    `Eliminar ${listColumns(step.columns, 'es')}`,
    `Delete ${listColumns(step.columns, 'en')}`,
  );
}
