import { removeAccentsStep } from '../../../shared/operations/remove-accents';
import { removeAccents } from '../../../shared/operations/values/text';
import { oneColumn, textTransformPlan } from './column-transform';
import type { Operation } from './types';

/** Removes accents and diacritics from a text column. */
export const removeAccentsOperation: Operation<'remove-accents'> = {
  id: 'remove-accents',
  schema: removeAccentsStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) => textTransformPlan(step, state, 'remove_accents', removeAccents),
};
