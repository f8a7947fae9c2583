import { z } from 'zod';
import { columnName, label } from './common';
import type { Bilingual } from '../result';

/** Sets the description and/or the unit of a column in the catalog. */
export const setDescriptionStep = z.object({
  op: z.literal('set-description'),
  column: columnName,
  description: z.string().optional(),
  unit: z.string().optional(),
});

/** A set-description step. */
export type SetDescriptionStep = z.infer<typeof setDescriptionStep>;

/** The history label of a set-description step. */
export function setDescriptionLabel(step: SetDescriptionStep): Bilingual {
  return label(`Describir «${step.column}»`, `Describe «${step.column}»`);
}
