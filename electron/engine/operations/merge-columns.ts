import { mergeColumnsStep } from '../../../shared/operations/merge-columns';
import {
  col,
  identityOutputs,
  insertAfter,
  newColumn,
  planBuilder,
  requireColumn,
  requireFreeName,
} from './plan-builder';
import type { Operation } from './types';

/** Joins columns with a separator into a new column, skipping empty parts. */
export const mergeColumnsOperation: Operation<'merge-columns'> = {
  id: 'merge-columns',
  schema: mergeColumnsStep,
  reads: (step) => step.columns,
  writes: (step) => [step.into],
  plan: (step, state) => {
    const builder = planBuilder();
    for (const name of step.columns) requireColumn(state, name);
    const free = step.drop && step.columns.includes(step.into) ? step.into : undefined;
    requireFreeName(state, step.into, free);

    const merge = builder.fn('merge', (...values: unknown[]) => {
      const parts = values.filter((v) => v !== null && String(v).trim() !== '').map(String);
      return parts.length === 0 ? null : parts.join(step.separator);
    });
    const column = newColumn(step.into, 'text', { label: step.label ?? step.into });
    const last = step.columns[step.columns.length - 1];
    const expr = `${merge}(${step.columns.map(col).join(', ')})`;
    let outputs = insertAfter(identityOutputs(state), last, [{ column, expr }]);
    if (step.drop)
      outputs = outputs.filter((o) =>
        o.column !== column ? !step.columns.includes(o.column.name) : true,
      );
    return builder.finish({ kind: 'map', outputs });
  },
};
