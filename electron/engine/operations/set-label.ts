import { setLabelStep } from '../../../shared/operations/set-label';
import { identityOutputs, planBuilder, requireColumn } from './plan-builder';
import type { Operation } from './types';

/** Sets a column's label in the catalog; the data is untouched. */
export const setLabelOperation: Operation<'set-label'> = {
  id: 'set-label',
  schema: setLabelStep,
  reads: () => [],
  writes: (step) => [step.column],
  plan: (step, state) => {
    requireColumn(state, step.column);
    const outputs = identityOutputs(state).map((o) =>
      o.column.name === step.column ? { ...o, column: { ...o.column, label: step.label } } : o,
    );
    return planBuilder().finish({ kind: 'map', outputs });
  },
};
