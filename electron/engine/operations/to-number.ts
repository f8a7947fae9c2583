import { toNumberStep } from '../../../shared/operations/to-number';
import { numberReader } from '../../../shared/operations/values/numbers';
import { oneColumn } from './column-transform';
import { conversionPlan, conversionWrites } from './conversion';
import type { Reading } from './conversion';
import type { Operation } from './types';

/**
 * Parses numbers with a locale; notation keys and censored values become
 * empty (kept in the flag column when there is one).
 */
export const toNumberOperation: Operation<'to-number'> = {
  id: 'to-number',
  schema: toNumberStep,
  reads: oneColumn,
  writes: conversionWrites,
  plan: (step, state) => {
    const read = numberReader(step);
    return conversionPlan(step, state, step.integer ? 'integer' : 'number', (value): Reading => {
      const reading = read(value);
      switch (reading.kind) {
        case 'number':
          if (step.integer && !Number.isInteger(reading.value)) {
            return { kind: 'invalid', text: String(value) };
          }
          return { kind: 'value', value: reading.value };
        case 'empty':
          return reading;
        case 'marker':
          return { kind: 'missing', text: reading.text, reason: 'markers' };
        case 'censored':
          return { kind: 'missing', text: reading.text, reason: 'censored' };
        case 'invalid':
          return reading;
      }
    });
  },
};
