import { z } from 'zod';
import { condition, describeCondition, label } from './common';
import type { Bilingual } from '../result';

/** Removes the rows where a condition holds (total rows, for instance). */
export const removeRowsStep = z.object({ op: z.literal('remove-rows'), where: condition });

/** A remove-rows step. */
export type RemoveRowsStep = z.infer<typeof removeRowsStep>;

/** The history label of a remove-rows step. */
export function removeRowsLabel(step: RemoveRowsStep): Bilingual {
  return label(
    `Quitar filas donde ${describeCondition(step.where, 'es')}`,
    `Remove rows where ${describeCondition(step.where, 'en')}`,
  );
}
