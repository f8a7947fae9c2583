import { z } from 'zod';
import { label } from './common';
import type { Bilingual } from '../result';

/** Removes rows whose every cell is empty (blank text counts as empty). */
export const removeBlankRowsStep = z.object({ op: z.literal('remove-blank-rows') });

/** A remove-blank-rows step. */
export type RemoveBlankRowsStep = z.infer<typeof removeBlankRowsStep>;

/** The history label of a remove-blank-rows step. */
export function removeBlankRowsLabel(): Bilingual {
  return label('Quitar filas vacías', 'Remove blank rows');
}
