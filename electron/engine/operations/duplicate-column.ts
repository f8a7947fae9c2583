import { duplicateColumnStep } from '../../../shared/operations/duplicate-column';
import {
  col,
  identityOutputs,
  insertAfter,
  planBuilder,
  requireColumn,
  requireFreeName,
} from './plan-builder';
import type { Operation } from './types';

/** Copies a column into a new one right after it. */
export const duplicateColumnOperation: Operation<'duplicate-column'> = {
  id: 'duplicate-column',
  schema: duplicateColumnStep,
  reads: (step) => [step.column],
  writes: (step) => [step.to],
  plan: (step, state) => {
    const source = requireColumn(state, step.column);
    requireFreeName(state, step.to);
    const copy = { ...source, name: step.to, label: step.label ?? `${source.label} (copia)` };
    const outputs = insertAfter(identityOutputs(state), step.column, [
      { column: copy, expr: col(step.column) },
    ]);
    return planBuilder().finish({ kind: 'map', outputs });
  },
};
