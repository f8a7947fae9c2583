import type { ColumnSummary } from '../../../shared/serialize/ficha-html';
import type { ColumnType } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import type { DatasetRecord } from '../datasets/catalog';
import { storedPerRevision } from '../metadata/fact-cache';
import { computeTableFacts } from '../metadata/table-facts';
import { perRevision } from '../metadata/revision-cache';
import type { Workspace } from '../workspace/workspace';

/** Rows the charts are drawn from at most; larger tables are sampled evenly by rowid. */
export const CHART_SAMPLE_ROWS = 20_000;

const TOP_VALUES = 8;
const BINS = 8;

/** The column summaries of the readable ficha and how many rows the charts saw. */
export interface ColumnSummaries {
  columns: ColumnSummary[];
  /** Rows the charts were drawn from, when fewer than the table's. */
  sample: number | null;
}

/**
 * What the readable ficha shows of each column: exact counts (from the
 * validation's table facts), ranges in one scan of the table, and chart
 * bars (a histogram for numbers, the most frequent values otherwise) from
 * an even sample of rows, so the page costs one pass however wide the
 * table is. The ranges and bars are stored per table revision in the
 * workspace, so another process's export does not read the table for them.
 */
export function columnSummaries(workspace: Workspace, dataset: DatasetRecord): ColumnSummaries {
  return perRevision(workspace.db, dataset, 'export-summaries', () =>
    summarize(workspace, dataset),
  );
}

/** The kind under which ColumnCharts are stored; bump it when their computation changes. */
export const COLUMN_CHARTS_KIND = 'export-charts/1';

/** What the summaries read from the table itself, as the page prints it. */
interface ColumnCharts {
  columns: { min: string | null; max: string | null; bars: ColumnSummary['bars'] }[];
  sample: number | null;
}

function summarize(workspace: Workspace, dataset: DatasetRecord): ColumnSummaries {
  // The validation that precedes every export has computed (and cached) the
  // per-column counts; only numeric and date ranges are left to scan.
  const facts = perRevision(workspace.db, dataset, 'facts', () =>
    computeTableFacts(workspace, dataset),
  );
  const charts = storedPerRevision(workspace, dataset, COLUMN_CHARTS_KIND, () =>
    columnCharts(workspace, dataset),
  );

  const columns = dataset.columns.map((column, i) => ({
    name: column.name,
    label: column.label,
    type: column.type,
    nonEmpty: facts.columns[i].nonEmpty,
    distinct: column.type === 'text' ? facts.columns[i].distinct : null,
    ...charts.columns[i],
  }));
  return { columns, sample: charts.sample };
}

/** Each column's range and chart bars, from one scan and the sampled rows. */
function columnCharts(workspace: Workspace, dataset: DatasetRecord): ColumnCharts {
  const ranges = columnRanges(workspace, dataset);
  const { rows: sampleRows, sampled } = sampleRowsOf(workspace, dataset);

  const columns = dataset.columns.map((column, i) => {
    const values = sampleRows.map((row) => row[i]).filter((v) => v !== null && v !== '');
    const { min, max } = ranges[i];
    const numeric = column.type === 'integer' || column.type === 'number';
    const bars =
      numeric && typeof min === 'number' && typeof max === 'number'
        ? histogram(
            values.filter((v): v is number => typeof v === 'number'),
            min,
            max,
          )
        : topValues(values, column.type);
    return {
      min: min === null ? null : String(min),
      max: max === null ? null : String(max),
      bars,
    };
  });
  return { columns, sample: sampled ? sampleRows.length : null };
}

interface ColumnRange {
  min: number | string | null;
  max: number | string | null;
}

/**
 * Minimum and maximum of the numeric and date columns (none for text): the
 * numbers of a numeric column, the non-empty values of a date column.
 * Plain min() and max() answer for most columns in one cheap scan, since
 * SQLite orders NULL before numbers, numbers before text and '' before
 * other text; only where they land on text in a numeric column, or on ''
 * in a date column, is that column's end scanned again with the filter.
 */
function columnRanges(workspace: Workspace, dataset: DatasetRecord): ColumnRange[] {
  const ranges: ColumnRange[] = dataset.columns.map(() => ({ min: null, max: null }));
  const ranged = dataset.columns.flatMap((c, i) => {
    const filtered = rangeExpression(quoteIdent(c.name), c.type);
    return filtered === 'NULL'
      ? []
      : [{ i, x: quoteIdent(c.name), filtered, numeric: isNumeric(c) }];
  });
  if (ranged.length === 0) return ranges;
  const table = quoteIdent(dataset.tableName);
  const plain = workspace.db
    .prepare(
      `SELECT ${ranged.flatMap((c) => [`min(${c.x})`, `max(${c.x})`]).join(', ')} FROM ${table}`,
    )
    .raw(true)
    .get() as unknown[];

  // The ends plain min() and max() cannot tell, asked again with the filter.
  const again: { sql: string; set: (value: unknown) => void }[] = [];
  ranged.forEach((c, k) => {
    const [min, max] = [plain[k * 2], plain[k * 2 + 1]];
    const range = ranges[c.i];
    const trusted = (value: unknown) =>
      c.numeric ? value === null || typeof value === 'number' : value !== '';
    if (c.numeric && !trusted(min)) return; // no number at all: no range
    for (const [end, value] of [
      ['min', min],
      ['max', max],
    ] as const) {
      if (trusted(value)) range[end] = value as ColumnRange['min'];
      else
        again.push({
          sql: `${end}(${c.filtered})`,
          set: (v) => (range[end] = v as ColumnRange['min']),
        });
    }
  });
  if (again.length > 0) {
    const row = workspace.db
      .prepare(`SELECT ${again.map((a) => a.sql).join(', ')} FROM ${table}`)
      .raw(true)
      .get() as unknown[];
    again.forEach((a, k) => a.set(row[k]));
  }
  return ranges;
}

function isNumeric(column: DatasetRecord['columns'][number]): boolean {
  return column.type === 'integer' || column.type === 'number';
}

/** The values a column's range is taken over: numbers, ISO dates, or none. */
function rangeExpression(x: string, type: ColumnType): string {
  if (type === 'integer' || type === 'number') {
    return `CASE WHEN typeof(${x}) IN ('integer', 'real') THEN ${x} END`;
  }
  if (type === 'date' || type === 'datetime') return `CASE WHEN ${x} <> '' THEN ${x} END`;
  return 'NULL';
}

function sampleRowsOf(workspace: Workspace, dataset: DatasetRecord) {
  const list = dataset.columns.map((c) => `t.${quoteIdent(c.name)}`).join(', ');
  const table = quoteIdent(dataset.tableName);
  if (!list) return { rows: [] as unknown[][], sampled: false };
  if (dataset.rowCount <= CHART_SAMPLE_ROWS) {
    const rows = workspace.db
      .prepare(`SELECT ${list} FROM ${table} t`)
      .raw(true)
      .all() as unknown[][];
    return { rows, sampled: false };
  }

  // Evenly spaced rowids between the first and the last, looked up one by one.
  const bounds = workspace.db
    .prepare(`SELECT min(rowid), max(rowid) FROM ${table}`)
    .raw(true)
    .get() as [number, number];
  const step = Math.max(1, Math.floor((bounds[1] - bounds[0] + 1) / CHART_SAMPLE_ROWS));
  const rows = workspace.db
    .prepare(
      `WITH RECURSIVE s(r) AS (SELECT ? UNION ALL SELECT r + ? FROM s WHERE r + ? <= ?)
       SELECT ${list} FROM s JOIN ${table} t ON t.rowid = s.r ORDER BY s.r`,
    )
    .raw(true)
    .all(bounds[0], step, step, bounds[1]) as unknown[][];
  return { rows, sampled: true };
}

function topValues(values: unknown[], type: ColumnType) {
  const counts = new Map<string, number>();
  for (const value of values) {
    const key =
      type === 'boolean' && (value === 0 || value === 1) ? String(value === 1) : String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP_VALUES)
    .map(([label, count]) => ({ label, count }));
}

function histogram(values: number[], min: number, max: number) {
  if (values.length === 0) return [];
  if (min === max) return [{ label: round(min), count: values.length }];
  const width = (max - min) / BINS;
  const counts = new Array<number>(BINS).fill(0);
  for (const value of values) counts[Math.min(BINS - 1, Math.floor((value - min) / width))] += 1;
  return counts.map((count, i) => ({
    label: `${round(min + i * width)}–${round(min + (i + 1) * width)}`,
    count,
  }));
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
