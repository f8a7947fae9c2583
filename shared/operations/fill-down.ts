import { z } from 'zod';
import { columnName, label } from './common';
import type { Bilingual } from '../result';

/** Fills empty cells with the value above: what merged cells leave behind. */
export const fillDownStep = z.object({
  op: z.literal('fill-down'),
  column: columnName,
});

/** A fill-down step. */
export type FillDownStep = z.infer<typeof fillDownStep>;

/** The history label of a fill-down step. */
export function fillDownLabel(step: FillDownStep): Bilingual {
  return label(`Rellenar hacia abajo «${step.column}»`, `Fill down «${step.column}»`);
}
