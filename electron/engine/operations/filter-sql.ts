import type { z } from 'zod';
import type { rowFilter } from '../../../shared/api/workspace';
import type { Condition } from '../../../shared/operations/common';
import type { CellValue } from '../../../shared/table';
import type { PlanBuilder } from './plan-builder';
import { col, requireColumn } from './plan-builder';
import type { TableState } from './types';

/** A row filter as the grid and facets send it. */
export type RowFilter = z.infer<typeof rowFilter>;

/** SQL that is true for a blank cell: NULL or only spaces. */
export function blankSql(column: string): string {
  const c = col(column);
  return `(${c} IS NULL OR (typeof(${c}) = 'text' AND trim(${c}, ' ' || char(9, 10, 13, 160)) = ''))`;
}

function equalsSql(column: string, value: CellValue, builder: PlanBuilder): string {
  if (value === null) return blankSql(column);
  const c = col(column);
  const p = builder.bind(value);
  return `(${c} = ${p} OR CAST(${c} AS TEXT) = CAST(${p} AS TEXT))`;
}

/**
 * SQL for the grid's row filters (all must hold). `contains` and `matches`
 * use the functions the workspace registers on its connection, which fold
 * Spanish accents and case.
 */
export function filtersSql(
  filters: readonly RowFilter[] | undefined,
  state: TableState,
  builder: PlanBuilder,
): string | null {
  if (!filters || filters.length === 0) return null;
  const parts = filters.map((filter) => {
    requireColumn(state, filter.column);
    const c = col(filter.column);
    const value = filter.value ?? null;
    switch (filter.op) {
      case 'equals':
        return equalsSql(filter.column, value, builder);
      case 'contains':
        return `ficha_contains(${c}, ${builder.bind(value)})`;
      case 'empty':
        return blankSql(filter.column);
      case 'notEmpty':
        return `NOT ${blankSql(filter.column)}`;
      case 'in':
        return inSql(filter.column, filter.values ?? [], builder);
      case 'gt':
        return `${c} > ${builder.bind(value)}`;
      case 'lt':
        return `${c} < ${builder.bind(value)}`;
      case 'matches':
        return `ficha_matches(${c}, ${builder.bind(value)})`;
    }
  });
  return parts.map((part) => `(${part})`).join(' AND ');
}

function inSql(column: string, values: readonly CellValue[], builder: PlanBuilder): string {
  if (values.length === 0) return '0';
  return `(${values.map((value) => equalsSql(column, value, builder)).join(' OR ')})`;
}

/** SQL for a remove-rows / keep-rows condition. */
export function conditionSql(where: Condition, state: TableState, builder: PlanBuilder): string {
  requireColumn(state, where.column);
  if (where.empty) return blankSql(where.column);
  if (where.matches !== undefined) {
    return `coalesce(ficha_matches(${col(where.column)}, ${builder.bind(where.matches)}), 0)`;
  }
  if (where.in !== undefined) return inSql(where.column, where.in, builder);
  return `coalesce(${equalsSql(where.column, where.equals ?? null, builder)}, 0)`;
}

/** Wraps a column's new expression so it applies only to the filtered rows. */
export function onlyFiltered(expr: string, column: string, condition: string | null): string {
  if (condition === null) return expr;
  return `CASE WHEN ${condition} THEN ${expr} ELSE ${col(column)} END`;
}
