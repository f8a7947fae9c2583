import { z } from 'zod';
import { columnName, label, rowFilters } from './common';
import type { Bilingual } from '../result';

/**
 * Finds and replaces text in each value, literally or by a regular
 * expression (JavaScript syntax; `$1` refers to groups).
 */
export const replaceStep = z.object({
  op: z.literal('replace'),
  column: columnName,
  find: z.string().min(1),
  replace: z.string(),
  regex: z.boolean().default(false),
  caseSensitive: z.boolean().default(true),
  filters: rowFilters,
});

/** A replace step. */
export type ReplaceStep = z.infer<typeof replaceStep>;

/** The history label of a replace step. */
export function replaceLabel(step: ReplaceStep): Bilingual {
  return label(
    `Reemplazar «${step.find}» por «${step.replace}» en «${step.column}»`,
    `Replace «${step.find}» with «${step.replace}» in «${step.column}»`,
  );
}
