import { z } from 'zod';
import { label } from './common';
import type { Bilingual } from '../result';

/** Removes columns whose every cell is empty. */
export const removeBlankColumnsStep = z.object({ op: z.literal('remove-blank-columns') });

/** A remove-blank-columns step. */
export type RemoveBlankColumnsStep = z.infer<typeof removeBlankColumnsStep>;

/** The history label of a remove-blank-columns step. */
export function removeBlankColumnsLabel(): Bilingual {
  return label('Quitar columnas vacías', 'Remove blank columns');
}
