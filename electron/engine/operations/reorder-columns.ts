import { reorderColumnsStep } from '../../../shared/operations/reorder-columns';
import { identityOutputs, planBuilder, requireColumn } from './plan-builder';
import type { Operation } from './types';

/** Moves the listed columns first, in that order; the others keep theirs. */
export const reorderColumnsOperation: Operation<'reorder-columns'> = {
  id: 'reorder-columns',
  schema: reorderColumnsStep,
  reads: (step) => step.columns,
  writes: () => [],
  plan: (step, state) => {
    for (const name of step.columns) requireColumn(state, name);
    const outputs = identityOutputs(state);
    const first = step.columns.map((name) => outputs.find((o) => o.column.name === name)!);
    const rest = outputs.filter((o) => !step.columns.includes(o.column.name));
    return planBuilder().finish({ kind: 'map', outputs: [...first, ...rest] });
  },
};
