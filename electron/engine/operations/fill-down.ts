import { fillDownStep } from '../../../shared/operations/fill-down';
import { isBlank } from '../../../shared/operations/values/text';
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

/**
 * Fills blank cells with the last value above. The function keeps state
 * from row to row, which holds because the executor reads rows in rowid
 * order in one pass.
 */
export const fillDownOperation: Operation<'fill-down'> = {
  id: 'fill-down',
  schema: fillDownStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) => {
    const builder = planBuilder();
    requireColumn(state, step.column);
    let last: string | number | bigint | null = null;
    const fill = builder.fn(
      'fill_down',
      (value: unknown) => {
        if (isBlank(value)) return last;
        last = sqlValue(value as string | number);
        return last;
      },
      false,
    );
    const outputs = replaceOutput(
      identityOutputs(state),
      step.column,
      `${fill}(${col(step.column)})`,
    );
    return builder.finish({ kind: 'map', outputs });
  },
};
