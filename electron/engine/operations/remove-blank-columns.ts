import { removeBlankColumnsStep } from '../../../shared/operations/remove-blank-columns';
import { blankSql } from './filter-sql';
import { identityOutputs, planBuilder } from './plan-builder';
import type { Operation, PlanContext, TableState } from './types';

function blankColumns(state: TableState, context: PlanContext): string[] {
  if (state.columns.length === 0) return [];
  const checks = state.columns
    .map((c, i) => `coalesce(max(NOT ${blankSql(c.name)}), 0) AS c${i}`)
    .join(', ');
  const [row] = context.all(`SELECT ${checks} FROM ${context.source}`);
  return state.columns.filter((_, i) => Number(row?.[`c${i}`] ?? 0) === 0).map((c) => c.name);
}

/** Removes columns whose every cell is blank (which ones is decided when it runs). */
export const removeBlankColumnsOperation: Operation<'remove-blank-columns'> = {
  id: 'remove-blank-columns',
  schema: removeBlankColumnsStep,
  reads: (_step, state) => state.columns.map((c) => c.name),
  writes: () => [],
  plan: (_step, state, context) => {
    const blank = new Set(blankColumns(state, context));
    const outputs = identityOutputs(state).filter((o) => !blank.has(o.column.name));
    return planBuilder().finish({ kind: 'map', outputs });
  },
};
