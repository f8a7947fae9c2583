import { z } from 'zod';
import { columnName, label, rowFilters } from './common';
import type { Bilingual } from '../result';

/** Applies a Unicode normalization form to each value. */
export const normalizeStep = z.object({
  op: z.literal('normalize'),
  column: columnName,
  form: z.enum(['NFC', 'NFD', 'NFKC', 'NFKD']).default('NFC'),
  filters: rowFilters,
});

/** A normalize step. */
export type NormalizeStep = z.infer<typeof normalizeStep>;

/** The history label of a normalize step. */
export function normalizeLabel(step: NormalizeStep): Bilingual {
  return label(
    `Normalizar «${step.column}» (${step.form})`,
    `Normalize «${step.column}» (${step.form})`,
  );
}
