import { z } from 'zod';
import { columnName, label, rowFilters } from './common';
import type { Bilingual } from '../result';

/** Upper, lower or title case, with Spanish letters handled. */
export const changeCaseStep = z.object({
  op: z.literal('change-case'),
  column: columnName,
  case: z.enum(['upper', 'lower', 'title']),
  filters: rowFilters,
});

/** A change-case step. */
export type ChangeCaseStep = z.infer<typeof changeCaseStep>;

const caseNames = { upper: 'mayúsculas', lower: 'minúsculas', title: 'tipo título' };

/** The history label of a change-case step. */
export function changeCaseLabel(step: ChangeCaseStep): Bilingual {
  return label(
    `Pasar «${step.column}» a ${caseNames[step.case]}`,
    `Change «${step.column}» to ${step.case} case`,
  );
}
