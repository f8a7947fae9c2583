import { trimStep } from '../../../shared/operations/trim';
import { trimSpaces } from '../../../shared/operations/values/text';
import { oneColumn, textTransformPlan } from './column-transform';
import type { Operation } from './types';

/** Trims and collapses spaces (non-breaking ones too) in a text column. */
export const trimOperation: Operation<'trim'> = {
  id: 'trim',
  schema: trimStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) => textTransformPlan(step, state, 'trim', trimSpaces),
};
