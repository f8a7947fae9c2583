import { FichaError } from '../../../shared/errors';
import type { CellValue, ColumnType } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import type { DatasetRecord } from './catalog';
import { toSqlValue } from './cells';

/** A filter on one column, as shared/api/workspace.ts declares it. */
export interface RowFilter {
  column: string;
  op: 'equals' | 'contains' | 'empty' | 'notEmpty' | 'in' | 'gt' | 'lt' | 'matches';
  value?: CellValue;
  values?: CellValue[];
}

/** An SQL condition with its parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * Builds the WHERE clause of filters (all must hold) and a free-text search
 * (any column contains the text, accents and case ignored). Unknown columns
 * throw COLUMN_NOT_FOUND.
 */
export function whereClause(
  dataset: DatasetRecord,
  filters: readonly RowFilter[],
  search?: string,
): SqlCondition {
  const parts: string[] = [];
  const params: unknown[] = [];

  for (const filter of filters) {
    const type = columnType(dataset, filter.column);
    const condition = filterCondition(quoteIdent(filter.column), type, filter);
    parts.push(condition.sql);
    params.push(...condition.params);
  }

  if (search && search.trim() && dataset.columns.length > 0) {
    const all = dataset.columns.map((c) => quoteIdent(c.name)).join(', ');
    parts.push(`ficha_contains(concat_ws(char(31), ${all}), ?)`);
    params.push(search.trim());
  }

  return {
    sql: parts.length > 0 ? `WHERE ${parts.map((p) => `(${p})`).join(' AND ')}` : '',
    params,
  };
}

/** The catalog type of a column; throws COLUMN_NOT_FOUND. */
export function columnType(dataset: DatasetRecord, column: string): ColumnType {
  const found = dataset.columns.find((c) => c.name === column);
  if (!found) throw new FichaError('COLUMN_NOT_FOUND', { dataset: dataset.name, column });
  return found.type;
}

function filterCondition(column: string, type: ColumnType, filter: RowFilter): SqlCondition {
  const value = coerce(type, filter.value ?? null);
  switch (filter.op) {
    case 'equals':
      return value === null
        ? { sql: `${column} IS NULL OR ${column} = ''`, params: [] }
        : { sql: `${column} = ?`, params: [value] };
    case 'contains':
      return { sql: `ficha_contains(${column}, ?)`, params: [String(filter.value ?? '')] };
    case 'empty':
      return { sql: `${column} IS NULL OR ${column} = ''`, params: [] };
    case 'notEmpty':
      return { sql: `${column} IS NOT NULL AND ${column} <> ''`, params: [] };
    case 'in':
      return inCondition(column, type, filter.values ?? []);
    case 'gt':
    case 'lt':
      return rangeCondition(column, filter.op === 'gt' ? '>' : '<', value);
    case 'matches':
      return { sql: `ficha_matches(${column}, ?)`, params: [String(filter.value ?? '')] };
  }
}

function inCondition(column: string, type: ColumnType, values: CellValue[]): SqlCondition {
  const present = values.map((v) => coerce(type, v)).filter((v) => v !== null);
  const parts = present.length > 0 ? [`${column} IN (${present.map(() => '?').join(', ')})`] : [];
  if (present.length < values.length) parts.push(`${column} IS NULL OR ${column} = ''`);
  return { sql: parts.length > 0 ? parts.join(' OR ') : '0', params: present };
}

/** Compares numbers with numbers and text with text: SQLite orders all numbers before text. */
function rangeCondition(column: string, op: '>' | '<', value: unknown): SqlCondition {
  if (value === null) return { sql: '0', params: [] };
  const kind =
    typeof value === 'string'
      ? `typeof(${column}) = 'text'`
      : `typeof(${column}) IN ('integer', 'real')`;
  return { sql: `${kind} AND ${column} ${op} ?`, params: [value] };
}

/**
 * Turns a filter value typed in a box into the kind the column stores:
 * "5" is 5 in a number column, "sí"/"true" is 1 in a boolean one.
 */
function coerce(type: ColumnType, value: CellValue): unknown {
  if (value === null || value === '') return null;
  if (typeof value === 'string' && (type === 'integer' || type === 'number')) {
    const number = Number(value.trim());
    return Number.isFinite(number) ? toSqlValue(number) : value;
  }
  if (typeof value === 'string' && type === 'boolean') {
    const text = value.trim().toLowerCase();
    if (['true', 'sí', 'si', '1', 'verdadero', 'yes'].includes(text)) return 1n;
    if (['false', 'no', '0', 'falso'].includes(text)) return 0n;
  }
  return toSqlValue(value);
}
