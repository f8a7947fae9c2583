import { z } from 'zod';
import { columnName, label, rowFilters } from './common';
import type { Bilingual } from '../result';

/** Removes accents and diacritics (á → a, ñ → n), as keys need. */
export const removeAccentsStep = z.object({
  op: z.literal('remove-accents'),
  column: columnName,
  filters: rowFilters,
});

/** A remove-accents step. */
export type RemoveAccentsStep = z.infer<typeof removeAccentsStep>;

/** The history label of a remove-accents step. */
export function removeAccentsLabel(step: RemoveAccentsStep): Bilingual {
  return label(`Quitar acentos de «${step.column}»`, `Remove accents from «${step.column}»`);
}
