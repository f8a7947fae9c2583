import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/**
 * Renames many columns at once. A rename without `to` takes the machine
 * name suggested from the (new or current) label.
 */
export const renameColumnsStep = z.object({
  op: z.literal('rename-columns'),
  renames: z
    .array(
      z.object({
        column: columnName,
        to: machineName.optional(),
        label: z.string().min(1).optional(),
      }),
    )
    .min(1),
});

/** A rename-columns step. */
export type RenameColumnsStep = z.infer<typeof renameColumnsStep>;

/** The history label of a rename-columns step. */
export function renameColumnsLabel(step: RenameColumnsStep): Bilingual {
  const n = step.renames.length;
  return label(`Renombrar ${n} columnas`, `Rename ${n} columns`);
}
