import { z } from 'zod';
import { columnName, label } from './common';
import type { Bilingual } from '../result';

/** Sets the human label of a column; the machine name stays. */
export const setLabelStep = z.object({
  op: z.literal('set-label'),
  column: columnName,
  label: z.string().min(1),
});

/** A set-label step. */
export type SetLabelStep = z.infer<typeof setLabelStep>;

/** The history label of a set-label step. */
export function setLabelLabel(step: SetLabelStep): Bilingual {
  return label(
    `Etiquetar «${step.column}» como «${step.label}»`,
    `Label «${step.column}» as «${step.label}»`,
  );
}
