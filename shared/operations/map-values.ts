import { z } from 'zod';
import { columnName, label, rowFilters } from './common';
import type { Bilingual } from '../result';

/**
 * Replaces whole values through a table (`{"Edo. de México": "México"}`);
 * values not in the table stay. A null target empties the value.
 */
export const mapValuesStep = z.object({
  op: z.literal('map-values'),
  column: columnName,
  map: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  filters: rowFilters,
});

/** A map-values step. */
export type MapValuesStep = z.infer<typeof mapValuesStep>;

/** The history label of a map-values step. */
export function mapValuesLabel(step: MapValuesStep): Bilingual {
  const n = Object.keys(step.map).length;
  return label(
    `Cambiar ${n === 1 ? '1 valor' : `${n} valores`} en «${step.column}»`,
    `Change ${n === 1 ? '1 value' : `${n} values`} in «${step.column}»`,
  );
}
