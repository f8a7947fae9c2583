import type { ColumnStatistics } from '../../../shared/api/workspace';
import type { CellValue } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { getDataset } from './catalog';
import type { DatasetRecord } from './catalog';
import { columnType } from './filters';

/**
 * Profiles one column for the app's column panel: empty and distinct
 * counts, the most frequent values, and by kind of value a histogram
 * (numbers), a range (dates) or lengths (text). Everything is computed in
 * SQLite; no rows travel to JavaScript.
 */
export function columnProfile(
  workspace: Workspace,
  dataset: DatasetRecord | string,
  column: string,
  options: { top?: number; bins?: number } = {},
): ColumnStatistics {
  const record = typeof dataset === 'string' ? getDataset(workspace, dataset) : dataset;
  const type = columnType(record, column);
  const info = record.columns.find((c) => c.name === column)!;
  const db = workspace.db;
  const table = quoteIdent(record.tableName);
  const c = quoteIdent(column);
  const present = `${c} IS NOT NULL AND ${c} <> ''`;

  const counts = db
    .prepare(
      `SELECT count(*) AS rows, sum(NOT (${present})) AS empty,
         count(DISTINCT CASE WHEN ${present} THEN ${c} END) AS distinct_count
       FROM ${table}`,
    )
    .get() as { rows: number; empty: number | null; distinct_count: number };

  const topRows = db
    .prepare(
      `SELECT ${c} AS value, count(*) AS n FROM ${table} WHERE ${present}
       GROUP BY ${c} ORDER BY n DESC, ${c} LIMIT ?`,
    )
    .all(options.top ?? 10) as { value: CellValue; n: number }[];
  const top = topRows.map((row) => ({
    value: type === 'boolean' && (row.value === 0 || row.value === 1) ? row.value === 1 : row.value,
    count: row.n,
  }));
  const nonEmpty = counts.rows - (counts.empty ?? 0);

  return {
    dataset: record.name,
    column: info,
    rows: counts.rows,
    empty: counts.empty ?? 0,
    distinct: counts.distinct_count,
    top,
    otherCount: nonEmpty - top.reduce((sum, t) => sum + t.count, 0),
    numeric: numericProfile(workspace, table, c, options.bins ?? 10),
    dates: type === 'date' || type === 'datetime' ? dateRange(workspace, table, c) : null,
    text: textLengths(workspace, table, c),
  };
}

function numericProfile(
  workspace: Workspace,
  table: string,
  c: string,
  bins: number,
): ColumnStatistics['numeric'] {
  const isNumber = `typeof(${c}) IN ('integer', 'real')`;
  const stats = workspace.db
    .prepare(
      `SELECT count(*) AS count, min(${c}) AS min, max(${c}) AS max, avg(${c}) AS mean
       FROM ${table} WHERE ${isNumber}`,
    )
    .get() as { count: number; min: number; max: number; mean: number };
  if (stats.count === 0) return null;

  // Equal-width bins; the maximum falls in the last bin, not one past it.
  const width = (stats.max - stats.min) / bins;
  const counts = new Array<number>(bins).fill(0);
  if (width === 0) {
    counts[0] = stats.count;
  } else {
    const rows = workspace.db
      .prepare(
        `SELECT min(CAST((${c} - ?) / ? AS INTEGER), ?) AS bin, count(*) AS n
         FROM ${table} WHERE ${isNumber} GROUP BY bin`,
      )
      .all(stats.min, width, bins - 1) as { bin: number; n: number }[];
    for (const row of rows) counts[row.bin] = row.n;
  }

  const histogram = counts.slice(0, width === 0 ? 1 : bins).map((count, i) => ({
    from: stats.min + i * width,
    to: width === 0 ? stats.max : i === bins - 1 ? stats.max : stats.min + (i + 1) * width,
    count,
  }));
  return { ...stats, histogram };
}

function dateRange(workspace: Workspace, table: string, c: string): ColumnStatistics['dates'] {
  const stats = workspace.db
    .prepare(
      `SELECT count(*) AS count, min(${c}) AS min, max(${c}) AS max FROM ${table}
       WHERE typeof(${c}) = 'text' AND ${c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`,
    )
    .get() as { count: number; min: string | null; max: string | null };
  return stats.count > 0 ? { count: stats.count, min: stats.min!, max: stats.max! } : null;
}

function textLengths(workspace: Workspace, table: string, c: string): ColumnStatistics['text'] {
  const stats = workspace.db
    .prepare(
      `SELECT count(*) AS count, min(length(${c})) AS minLength, max(length(${c})) AS maxLength
       FROM ${table} WHERE typeof(${c}) = 'text' AND ${c} <> ''`,
    )
    .get() as { count: number; minLength: number | null; maxLength: number | null };
  return stats.count > 0
    ? { count: stats.count, minLength: stats.minLength!, maxLength: stats.maxLength! }
    : null;
}
