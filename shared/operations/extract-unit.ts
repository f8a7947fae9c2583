import { z } from 'zod';
import { columnName, label } from './common';
import type { Bilingual } from '../result';

/**
 * Moves a unit out of the values ("12 kg") or the label ("Cantidad (kg)")
 * into the column's unit and description. Without `unit` it is detected.
 */
export const extractUnitStep = z.object({
  op: z.literal('extract-unit'),
  column: columnName,
  unit: z.string().min(1).optional(),
});

/** An extract-unit step. */
export type ExtractUnitStep = z.infer<typeof extractUnitStep>;

/** The history label of an extract-unit step. */
export function extractUnitLabel(step: ExtractUnitStep): Bilingual {
  return label(
    `Mover la unidad de «${step.column}» a su descripción`,
    `Move the unit of «${step.column}» to its description`,
  );
}
