import { renameColumnStep } from '../../../shared/operations/rename-column';
import { identityOutputs, planBuilder, requireColumn, requireFreeName } from './plan-builder';
import type { Operation } from './types';

/** Renames one column (the data is copied as it is). */
export const renameColumnOperation: Operation<'rename-column'> = {
  id: 'rename-column',
  schema: renameColumnStep,
  reads: (step) => [step.column],
  writes: (step) => [step.to],
  plan: (step, state) => {
    requireColumn(state, step.column);
    requireFreeName(state, step.to, step.column);
    const outputs = identityOutputs(state).map((output) =>
      output.column.name === step.column
        ? {
            ...output,
            column: { ...output.column, name: step.to, label: step.label ?? output.column.label },
          }
        : output,
    );
    return planBuilder().finish({ kind: 'map', outputs });
  },
};
