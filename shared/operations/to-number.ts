import { z } from 'zod';
import { columnName, label, machineName, onInvalid, rowFilters } from './common';
import type { Bilingual } from '../result';

/**
 * Parses text as numbers with a locale's separators. Missing markers and
 * notation keys (NE, NO, IE, ND, "-") and censored values ("<0.0005")
 * become empty; with `flagColumn` what they said is kept there. Values that
 * still do not parse follow `onInvalid`.
 */
export const toNumberStep = z.object({
  op: z.literal('to-number'),
  column: columnName,
  decimal: z.enum(['.', ',']).default('.'),
  thousands: z.enum([',', '.', ' ', '']).optional(),
  percent: z.boolean().default(false),
  missing: z.array(z.string()).optional(),
  censored: z.boolean().default(true),
  flagColumn: machineName.optional(),
  integer: z.boolean().default(false),
  onInvalid: onInvalid.default('keep'),
  filters: rowFilters,
});

/** A to-number step. */
export type ToNumberStep = z.infer<typeof toNumberStep>;

/** The history label of a to-number step. */
export function toNumberLabel(step: ToNumberStep): Bilingual {
  return label(`Convertir «${step.column}» a número`, `Parse «${step.column}» as numbers`);
}
