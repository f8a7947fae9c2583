import { FichaError } from '../../../shared/errors';
import { replaceStep } from '../../../shared/operations/replace';
import { oneColumn, textTransformPlan } from './column-transform';
import type { Operation } from './types';

/** Finds and replaces text, literally or by a regular expression. */
export const replaceOperation: Operation<'replace'> = {
  id: 'replace',
  schema: replaceStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) => {
    const flags = step.caseSensitive ? 'gu' : 'giu';
    const source = step.regex ? step.find : step.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, flags);
    } catch (error) {
      throw new FichaError('OPTION_INVALID', { option: 'find', reason: (error as Error).message });
    }
    const replacement = step.regex ? step.replace : step.replace.replace(/\$/g, '$$$$');
    return textTransformPlan(step, state, 'replace', (text) => text.replace(pattern, replacement));
  },
};
