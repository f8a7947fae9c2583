import { z } from 'zod';
import { columnName, label } from './common';
import type { Bilingual } from '../result';

/** Empties a cell that repeats the value right above it (the reverse of fill-down). */
export const blankDownStep = z.object({
  op: z.literal('blank-down'),
  column: columnName,
});

/** A blank-down step. */
export type BlankDownStep = z.infer<typeof blankDownStep>;

/** The history label of a blank-down step. */
export function blankDownLabel(step: BlankDownStep): Bilingual {
  return label(`Vaciar repetidos en «${step.column}»`, `Blank down «${step.column}»`);
}
