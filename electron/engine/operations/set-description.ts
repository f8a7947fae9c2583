import { setDescriptionStep } from '../../../shared/operations/set-description';
import { identityOutputs, planBuilder, requireColumn } from './plan-builder';
import type { Operation } from './types';

/** Sets a column's description and unit in the catalog; the data is untouched. */
export const setDescriptionOperation: Operation<'set-description'> = {
  id: 'set-description',
  schema: setDescriptionStep,
  reads: () => [],
  writes: (step) => [step.column],
  plan: (step, state) => {
    requireColumn(state, step.column);
    const outputs = identityOutputs(state).map((o) => {
      if (o.column.name !== step.column) return o;
      const column = { ...o.column };
      if (step.description !== undefined) column.description = step.description;
      if (step.unit !== undefined) column.unit = step.unit === '' ? null : step.unit;
      return { ...o, column };
    });
    return planBuilder().finish({ kind: 'map', outputs });
  },
};
