import { z } from 'zod';
import { condition, describeCondition, label } from './common';
import type { Bilingual } from '../result';

/** Keeps only the rows where a condition holds. */
export const keepRowsStep = z.object({ op: z.literal('keep-rows'), where: condition });

/** A keep-rows step. */
export type KeepRowsStep = z.infer<typeof keepRowsStep>;

/** The history label of a keep-rows step. */
export function keepRowsLabel(step: KeepRowsStep): Bilingual {
  return label(
    `Conservar filas donde ${describeCondition(step.where, 'es')}`,
    `Keep rows where ${describeCondition(step.where, 'en')}`,
  );
}
