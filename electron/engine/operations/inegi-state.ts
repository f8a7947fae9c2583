import { inegiStateStep } from '../../../shared/operations/inegi-state';
import { findState } from '../../../shared/operations/values/states';
import { isBlank } from '../../../shared/operations/values/text';
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

/**
 * Adds the INEGI state key after a column of state names; names it does
 * not recognise are left without a key and counted as `unmatched`.
 */
export const inegiStateOperation: Operation<'inegi-state'> = {
  id: 'inegi-state',
  schema: inegiStateStep,
  reads: (step) => [step.column],
  writes: (step) => (step.canonicalName ? [step.into, step.canonicalName] : [step.into]),
  plan: (step, state) => {
    const builder = planBuilder();
    requireColumn(state, step.column);
    requireFreeName(state, step.into);
    if (step.canonicalName) requireFreeName(state, step.canonicalName);

    const key = builder.fn('inegi_key', (value: unknown) => {
      if (isBlank(value)) return null;
      const found = findState(value);
      if (!found) builder.count('unmatched', String(value));
      return found?.key ?? null;
    });
    const name = builder.fn('inegi_name', (value: unknown) => findState(value)?.name ?? null);
    const added = [
      {
        column: newColumn(step.into, 'text', {
          label: step.label ?? 'Clave de entidad federativa (INEGI)',
        }),
        expr: `${key}(${col(step.column)})`,
      },
    ];
    if (step.canonicalName) {
      added.push({
        column: newColumn(step.canonicalName, 'text', { label: 'Entidad federativa' }),
        expr: `${name}(${col(step.column)})`,
      });
    }
    const outputs = insertAfter(identityOutputs(state), step.column, added);
    return builder.finish({ kind: 'map', outputs });
  },
};
