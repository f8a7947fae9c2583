import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/** Renames one column, optionally setting its label too. */
export const renameColumnStep = z.object({
  op: z.literal('rename-column'),
  column: columnName,
  to: machineName,
  label: z.string().min(1).optional(),
});

/** A rename-column step. */
export type RenameColumnStep = z.infer<typeof renameColumnStep>;

/** The history label of a rename-column step. */
export function renameColumnLabel(step: RenameColumnStep): Bilingual {
  return label(
    `Renombrar «${step.column}» como «${step.to}»`,
    `Rename «${step.column}» to «${step.to}»`,
  );
}
