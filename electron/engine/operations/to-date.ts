import { toDateStep } from '../../../shared/operations/to-date';
import { parseDate, patternHasTime } from '../../../shared/operations/values/dates';
import { isBlank } from '../../../shared/operations/values/text';
import { oneColumn } from './column-transform';
import { conversionPlan, conversionWrites } from './conversion';
import type { Operation } from './types';

/** Parses dates with a pattern (or Excel serials) into ISO 8601. */
export const toDateOperation: Operation<'to-date'> = {
  id: 'to-date',
  schema: toDateStep,
  reads: oneColumn,
  writes: conversionWrites,
  plan: (step, state) => {
    const type = patternHasTime(step.format) ? 'datetime' : 'date';
    return conversionPlan(step, state, type, (value) => {
      if (isBlank(value)) return { kind: 'empty' };
      const iso = parseDate(value, step.format);
      return iso === null
        ? { kind: 'invalid', text: String(value) }
        : { kind: 'value', value: iso };
    });
  },
};
