import { z } from 'zod';
import { columnName, label, machineName, onInvalid } from './common';
import type { Bilingual } from '../result';

/**
 * Builds an ISO date from separate year, month and day columns (month may
 * be a number or a Spanish or English name; missing month or day give
 * `yyyy-MM` or `yyyy`).
 */
export const combineDateStep = z.object({
  op: z.literal('combine-date'),
  year: columnName,
  month: columnName.optional(),
  day: columnName.optional(),
  into: machineName,
  label: z.string().min(1).optional(),
  drop: z.boolean().default(false),
  onInvalid: onInvalid.default('empty'),
});

/** A combine-date step. */
export type CombineDateStep = z.infer<typeof combineDateStep>;

/** The history label of a combine-date step. */
export function combineDateLabel(step: CombineDateStep): Bilingual {
  return label(`Unir la fecha en «${step.into}»`, `Combine the date into «${step.into}»`);
}
