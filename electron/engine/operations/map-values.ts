import { mapValuesStep } from '../../../shared/operations/map-values';
import { columnPlan, oneColumn } from './column-transform';
import { col, planBuilder, requireColumn, sqlValue } from './plan-builder';
import type { Operation } from './types';

/** Replaces whole values through a table; numbers match their text form. */
export const mapValuesOperation: Operation<'map-values'> = {
  id: 'map-values',
  schema: mapValuesStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state) => {
    const builder = planBuilder();
    requireColumn(state, step.column);
    const table = new Map(Object.entries(step.map));
    const fn = builder.fn('map_values', (value: unknown) => {
      if (value === null) return table.has('') ? sqlValue(table.get('') ?? null) : null;
      const key = String(value);
      return table.has(key) ? sqlValue(table.get(key) ?? null) : sqlValue(value as string | number);
    });
    return columnPlan(step, state, builder, `${fn}(${col(step.column)})`);
  },
};
