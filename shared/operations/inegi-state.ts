import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/**
 * Adds the two-digit INEGI state key (01 Aguascalientes … 32 Zacatecas)
 * from a column of state names, tolerant of variants ("Edo. de México",
 * "Mexico", "CDMX"). Names not recognised are left empty and reported.
 */
export const inegiStateStep = z.object({
  op: z.literal('inegi-state'),
  column: columnName,
  into: machineName.default('cve_ent'),
  label: z.string().min(1).optional(),
  canonicalName: machineName.optional(),
});

/** An inegi-state step. */
export type InegiStateStep = z.infer<typeof inegiStateStep>;

/** The history label of an inegi-state step. */
export function inegiStateLabel(step: InegiStateStep): Bilingual {
  return label(
    `Agregar la clave INEGI de entidad de «${step.column}»`,
    `Add INEGI state keys from «${step.column}»`,
  );
}
