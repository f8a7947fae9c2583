import { removeDuplicatesStep } from '../../../shared/operations/remove-duplicates';
import { col, identityOutputs, planBuilder, requireColumn } from './plan-builder';
import type { Operation } from './types';

/** Keeps the first row of each group of rows equal in the given columns. */
export const removeDuplicatesOperation: Operation<'remove-duplicates'> = {
  id: 'remove-duplicates',
  schema: removeDuplicatesStep,
  reads: (step, state) => step.columns ?? state.columns.map((c) => c.name),
  writes: () => [],
  plan: (step, state, context) => {
    const names = step.columns ?? state.columns.map((c) => c.name);
    for (const name of names) requireColumn(state, name);
    const keys = names.map(col).join(', ');
    const where = `rowid IN (SELECT min(rowid) FROM ${context.source} GROUP BY ${keys})`;
    return planBuilder().finish({ kind: 'map', outputs: identityOutputs(state), where });
  },
};
