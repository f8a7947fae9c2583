import { deleteColumnsStep } from '../../../shared/operations/delete-columns';
import { identityOutputs, planBuilder, requireColumn } from './plan-builder';
import type { Operation } from './types';

/** Deletes columns from the table and the catalog. */
export const deleteColumnsOperation: Operation<'delete-columns'> = {
  id: 'delete-columns',
  schema: deleteColumnsStep,
  reads: () => [],
  writes: (step) => step.columns,
  plan: (step, state) => {
    for (const name of step.columns) requireColumn(state, name);
    const outputs = identityOutputs(state).filter((o) => !step.columns.includes(o.column.name));
    return planBuilder().finish({ kind: 'map', outputs });
  },
};
