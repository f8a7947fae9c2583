import { z } from 'zod';
import { columnName, label, machineName, onInvalid, rowFilters } from './common';
import type { Bilingual } from '../result';

/**
 * Parses dates to ISO 8601 with a pattern: `dd/MM/yyyy`, `d 'de' MMMM 'de'
 * yyyy` (Spanish or English month names), `MMM yyyy`, `yyyy-MM-dd HH:mm`,
 * or `excel` for Excel serial numbers. A pattern with hours gives datetimes.
 */
export const toDateStep = z.object({
  op: z.literal('to-date'),
  column: columnName,
  format: z.string().min(1),
  onInvalid: onInvalid.default('keep'),
  flagColumn: machineName.optional(),
  filters: rowFilters,
});

/** A to-date step. */
export type ToDateStep = z.infer<typeof toDateStep>;

/** The history label of a to-date step. */
export function toDateLabel(step: ToDateStep): Bilingual {
  return label(
    `Convertir «${step.column}» a fecha (${step.format})`,
    `Parse «${step.column}» as dates (${step.format})`,
  );
}
