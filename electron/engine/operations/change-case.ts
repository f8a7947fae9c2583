import { changeCaseStep } from '../../../shared/operations/change-case';
import { changeCase } from '../../../shared/operations/values/text';
import { oneColumn, textTransformPlan } from './column-transform';
import type { Operation } from './types';

/** Upper, lower or title case in JS, since SQLite's upper() knows only ASCII. */
export const changeCaseOperation: Operation<'change-case'> = {
  id: 'change-case',
  schema: changeCaseStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) =>
    textTransformPlan(step, state, 'change_case', (text) => changeCase(text, step.case)),
};
