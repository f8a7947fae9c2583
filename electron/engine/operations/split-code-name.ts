import { splitCodeNameStep } from '../../../shared/operations/split-code-name';
import { splitCodeName } from '../../../shared/operations/values/code-name';
import {
  col,
  identityOutputs,
  newColumn,
  planBuilder,
  requireColumn,
  requireFreeName,
} from './plan-builder';
import type { Operation } from './types';

/** Splits a "code and name" column into a code column and a name column, in its place. */
export const splitCodeNameOperation: Operation<'split-code-name'> = {
  id: 'split-code-name',
  schema: splitCodeNameStep,
  reads: (step) => [step.column],
  writes: (step) => [step.code, step.name],
  plan: (step, state) => {
    const builder = planBuilder();
    const source = requireColumn(state, step.column);
    requireFreeName(state, step.code, step.column);
    requireFreeName(state, step.name, step.column);

    const part = builder.fn(
      'code_name',
      (value: unknown, index: number) => splitCodeName(value)[index],
    );
    const code = newColumn(step.code, 'text', { label: step.codeLabel ?? step.code });
    const name = newColumn(step.name, 'text', {
      label: step.nameLabel ?? step.name,
      description: source.description,
    });
    const outputs = identityOutputs(state).flatMap((o) =>
      o.column.name === step.column
        ? [
            { column: code, expr: `${part}(${col(step.column)}, 0)` },
            { column: name, expr: `${part}(${col(step.column)}, 1)` },
          ]
        : [o],
    );
    return builder.finish({ kind: 'map', outputs });
  },
};
