import { blankDownStep } from '../../../shared/operations/blank-down';
import { oneColumn } from './column-transform';
import {
  col,
  identityOutputs,
  planBuilder,
  replaceOutput,
  requireColumn,
  sqlValue,
} from './plan-builder';
import type { Operation } from './types';

/** Empties cells equal to the one above; rows are read in rowid order in one pass. */
export const blankDownOperation: Operation<'blank-down'> = {
  id: 'blank-down',
  schema: blankDownStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) => {
    const builder = planBuilder();
    requireColumn(state, step.column);
    let previous: unknown = undefined;
    const blank = builder.fn(
      'blank_down',
      (value: unknown) => {
        const repeated = value !== null && value === previous;
        previous = value;
        return repeated ? null : sqlValue(value as string | number | null);
      },
      false,
    );
    const outputs = replaceOutput(
      identityOutputs(state),
      step.column,
      `${blank}(${col(step.column)})`,
    );
    return builder.finish({ kind: 'map', outputs });
  },
};
