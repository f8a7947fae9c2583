import type { RowFilter } from './filter-sql';
import { filtersSql, onlyFiltered } from './filter-sql';
import type { PlanBuilder } from './plan-builder';
import { col, identityOutputs, planBuilder, replaceOutput, requireColumn } from './plan-builder';
import type { Plan, TableState } from './types';

/**
 * The plan of a text operation: one JS function applied to every text cell
 * of one column (other values pass through), limited to filtered rows.
 */
export function textTransformPlan(
  step: { column: string; filters?: RowFilter[] },
  state: TableState,
  name: string,
  transform: (text: string) => string,
): Plan {
  const builder = planBuilder();
  requireColumn(state, step.column);
  const fn = builder.fn(name, (value: string) => transform(value));
  // Only text goes through JS: numbers would come back as REAL.
  const c = col(step.column);
  return columnPlan(
    step,
    state,
    builder,
    `CASE WHEN typeof(${c}) = 'text' THEN ${fn}(${c}) ELSE ${c} END`,
  );
}

/** A map plan that replaces one column's expression, limited to filtered rows. */
export function columnPlan(
  step: { column: string; filters?: RowFilter[] },
  state: TableState,
  builder: PlanBuilder,
  expr: string,
  changes: Parameters<typeof replaceOutput>[3] = {},
): Plan {
  const condition = filtersSql(step.filters, state, builder);
  const outputs = replaceOutput(
    identityOutputs(state),
    step.column,
    onlyFiltered(expr, step.column, condition),
    changes,
  );
  return builder.finish({ kind: 'map', outputs });
}

/** The columns a single-column operation reads and writes. */
export function oneColumn(step: { column: string }): string[] {
  return [step.column];
}
