import { removeRowsStep } from '../../../shared/operations/remove-rows';
import { conditionSql } from './filter-sql';
import { identityOutputs, planBuilder } from './plan-builder';
import type { Operation } from './types';

/** Removes the rows where a condition holds. */
export const removeRowsOperation: Operation<'remove-rows'> = {
  id: 'remove-rows',
  schema: removeRowsStep,
  reads: (step) => [step.where.column],
  writes: () => [],
  plan: (step, state) => {
    const builder = planBuilder();
    const where = `NOT (${conditionSql(step.where, state, builder)})`;
    return builder.finish({ kind: 'map', outputs: identityOutputs(state), where });
  },
};
