import { normalizeStep } from '../../../shared/operations/normalize';
import { oneColumn, textTransformPlan } from './column-transform';
import type { Operation } from './types';

/** Applies a Unicode normalization form to a text column. */
export const normalizeOperation: Operation<'normalize'> = {
  id: 'normalize',
  schema: normalizeStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) =>
    textTransformPlan(step, state, 'normalize', (text) => text.normalize(step.form)),
};
