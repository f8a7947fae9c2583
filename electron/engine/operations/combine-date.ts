import { FichaError } from '../../../shared/errors';
import { combineDateStep } from '../../../shared/operations/combine-date';
import { combineDate } from '../../../shared/operations/values/dates';
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

/** Builds an ISO date column from year, month and day columns. */
export const combineDateOperation: Operation<'combine-date'> = {
  id: 'combine-date',
  schema: combineDateStep,
  reads: (step) => [step.year, step.month, step.day].filter((c): c is string => c !== undefined),
  writes: (step) => [step.into],
  plan: (step, state) => {
    const builder = planBuilder();
    const sources = [step.year, step.month, step.day].filter((c): c is string => c !== undefined);
    for (const name of sources) requireColumn(state, name);
    requireFreeName(state, step.into);

    const combine = builder.fn(
      'combine_date',
      (y: unknown, m: unknown, d: unknown, row: number) => {
        const iso = combineDate(y, m, d);
        if (iso !== null || (y === null && m === null && d === null)) return iso;
        const text = [y, m, d].filter((v) => v !== null).join('/');
        builder.count('notConverted', text);
        if (step.onInvalid === 'fail') {
          throw new FichaError('VALUE_NOT_CONVERTED', {
            column: step.year,
            row,
            value: text,
            type: 'date',
          });
        }
        return step.onInvalid === 'keep' ? text : null;
      },
    );
    const args = [step.year, step.month, step.day].map((c) => (c ? col(c) : 'NULL'));
    const column = newColumn(step.into, 'date', { label: step.label ?? step.into });
    let outputs = insertAfter(identityOutputs(state), sources[sources.length - 1], [
      { column, expr: `${combine}(${args.join(', ')}, rowid)` },
    ]);
    if (step.drop) outputs = outputs.filter((o) => !sources.includes(o.column.name));
    return builder.finish({ kind: 'map', outputs });
  },
};
