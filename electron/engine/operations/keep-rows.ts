import { keepRowsStep } from '../../../shared/operations/keep-rows';
import { conditionSql } from './filter-sql';
import { identityOutputs, planBuilder } from './plan-builder';
import type { Operation } from './types';

/** Keeps only the rows where a condition holds. */
export const keepRowsOperation: Operation<'keep-rows'> = {
  id: 'keep-rows',
  schema: keepRowsStep,
  reads: (step) => [step.where.column],
  writes: () => [],
  plan: (step, state) => {
    const builder = planBuilder();
    const where = conditionSql(step.where, state, builder);
    return builder.finish({ kind: 'map', outputs: identityOutputs(state), where });
  },
};
