import { z } from 'zod';
import { columnName, label, listColumns } from './common';
import type { Bilingual } from '../result';

/** Moves the listed columns first, in that order; the rest follow as they were. */
export const reorderColumnsStep = z.object({
  op: z.literal('reorder-columns'),
  columns: z.array(columnName).min(1),
});

/** A reorder-columns step. */
export type ReorderColumnsStep = z.infer<typeof reorderColumnsStep>;

/** The history label of a reorder-columns step. */
export function reorderColumnsLabel(step: ReorderColumnsStep): Bilingual {
  return label(
    `Reordenar columnas: ${listColumns(step.columns, 'es')} primero`,
    `Reorder columns: ${listColumns(step.columns, 'en')} first`,
  );
}
