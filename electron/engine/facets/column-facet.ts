import { FichaError } from '../../../shared/errors';
import type { ColumnFacet, FacetValue } from '../../../shared/operations/results';
import type { CellValue, ColumnType } from '../../../shared/table';
import { getDataset } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import { blankSql } from '../operations/filter-sql';
import type { Workspace } from '../workspace/workspace';

/** Options of a facet: a search within values, how many values, how many bins. */
export interface FacetOptions {
  search?: string;
  limit?: number;
  bins?: number;
}

function fitsSql(column: string, type: ColumnType): string {
  const c = quoteIdent(column);
  switch (type) {
    case 'integer':
      return `typeof(${c}) = 'integer'`;
    case 'number':
      return `typeof(${c}) IN ('integer', 'real')`;
    case 'boolean':
      return `typeof(${c}) = 'integer' AND ${c} IN (0, 1)`;
    case 'date':
    case 'datetime':
      return `typeof(${c}) = 'text' AND ${c} GLOB '[0-9][0-9][0-9][0-9]*'`;
    case 'text':
      return '1';
  }
}

/**
 * Computes a column's facet in SQLite: blank and non-blank counts, values
 * with counts (searchable, accent- and case-insensitive), values that do
 * not fit the type, a histogram for numbers and a timeline for dates.
 */
export function columnFacet(
  workspace: Workspace,
  datasetRef: string,
  columnName: string,
  options: FacetOptions = {},
): ColumnFacet {
  const dataset = getDataset(workspace, datasetRef);
  const column = dataset.columns.find((c) => c.name === columnName);
  if (!column)
    throw new FichaError('COLUMN_NOT_FOUND', { dataset: dataset.name, column: columnName });
  const db = workspace.db;
  const table = quoteIdent(dataset.tableName);
  const c = quoteIdent(column.name);
  const limit = options.limit ?? 100;

  const counts = db
    .prepare(
      `SELECT count(*) AS rows, coalesce(sum(${blankSql(column.name)}), 0) AS blank FROM ${table}`,
    )
    .get() as { rows: number; blank: number };
  const search = options.search ? `AND ficha_contains(${c}, @search)` : '';
  const params = options.search ? { search: options.search } : {};
  const values = db
    .prepare(
      `SELECT ${c} AS value, count(*) AS count FROM ${table} WHERE NOT ${blankSql(column.name)} ${search}
       GROUP BY ${c} ORDER BY count DESC, min(rowid) LIMIT ${Number(limit)}`,
    )
    .all(params) as FacetValue[];
  const distinct = db
    .prepare(`SELECT count(DISTINCT ${c}) FROM ${table} WHERE NOT ${blankSql(column.name)}`)
    .pluck()
    .get() as number;
  const mismatched = db
    .prepare(
      `SELECT ${c} AS value, count(*) AS count FROM ${table}
       WHERE NOT ${blankSql(column.name)} AND NOT (${fitsSql(column.name, column.type)})
       GROUP BY ${c} ORDER BY count DESC LIMIT ${Number(limit)}`,
    )
    .all() as FacetValue[];

  return {
    column: column.name,
    type: column.type,
    rows: counts.rows,
    blank: counts.blank,
    nonBlank: counts.rows - counts.blank,
    mismatched,
    values,
    distinct,
    histogram:
      column.type === 'integer' || column.type === 'number'
        ? histogram(workspace, table, c, options.bins ?? 10)
        : null,
    timeline:
      column.type === 'date' || column.type === 'datetime' ? timeline(workspace, table, c) : null,
  };
}

function histogram(workspace: Workspace, table: string, c: string, bins: number) {
  const numeric = `typeof(${c}) IN ('integer', 'real')`;
  const range = workspace.db
    .prepare(`SELECT min(${c}) AS low, max(${c}) AS high FROM ${table} WHERE ${numeric}`)
    .get() as { low: number | null; high: number | null };
  if (range.low === null || range.high === null) return [];
  const low = range.low;
  const width = range.high === low ? 1 : (range.high - low) / bins;
  const rows = workspace.db
    .prepare(
      `SELECT min(CAST((${c} - @low) / @width AS INTEGER), @last) AS bin, count(*) AS count
       FROM ${table} WHERE ${numeric} GROUP BY bin ORDER BY bin`,
    )
    .all({ low, width, last: bins - 1 }) as { bin: number; count: number }[];
  const byBin = new Map(rows.map((r) => [r.bin, r.count]));
  const size = range.high === low ? 1 : bins;
  return Array.from({ length: size }, (_, i) => ({
    from: low + i * width,
    to: i === size - 1 ? range.high! : low + (i + 1) * width,
    count: byBin.get(i) ?? 0,
  }));
}

function timeline(workspace: Workspace, table: string, c: string) {
  const dated = `typeof(${c}) = 'text' AND ${c} GLOB '[0-9][0-9][0-9][0-9]*'`;
  const years = workspace.db
    .prepare(`SELECT count(DISTINCT substr(${c}, 1, 4)) FROM ${table} WHERE ${dated}`)
    .pluck()
    .get() as number;
  const length = years <= 1 ? 7 : 4;
  return workspace.db
    .prepare(
      `SELECT substr(${c}, 1, ${length}) AS period, count(*) AS count FROM ${table}
       WHERE ${dated} GROUP BY period ORDER BY period`,
    )
    .all() as { period: string; count: CellValue }[] as { period: string; count: number }[];
}
