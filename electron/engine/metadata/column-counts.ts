import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { FactSource } from './fact-source';
import { filledSql, localDateSql, numericTextSql, totalSql, untrimmedSql } from './fact-sql';

/** Distinct values up to which a column's values come back to JavaScript. */
export const VALUES_LIMIT = 5000;

/** Names of code columns, whose digits are keys and never "numbers as text". */
export const keyColumnName = /^cve|^clave|^id$|_id$/;

/** The counts of one column that every rule reads, and hints for the focused queries. */
export interface ColumnCounts {
  nonEmpty: number;
  distinct: number;
  untrimmed: number;
  numericText: number;
  nonIsoDates: number;
  /** The distinct values (NULL included) when at most VALUES_LIMIT; null when unknown. */
  values: unknown[] | null;
  /** Distinct non-empty text values (not 0: some text, for other columns); null when unknown. */
  texts: number | null;
  /** Whether a text value says "Total"; null when unknown. */
  hasTotal: boolean | null;
}

/** One of the counts taken over the distinct values: how many, and which when some are. */
type Flagged = [count: number, values: unknown[] | null];

/** What the first scan tells of a column; only `filled` and `texts` for columns not of text. */
interface Profile {
  filled: number;
  texts: number;
  distinct?: number;
  blank?: number | null;
  total?: number | null;
  untrimmed?: Flagged;
  numeric?: Flagged;
  dates?: Flagged;
  values?: unknown[] | null;
}

/**
 * Counts non-empty values per column and, for text columns, distinct
 * values and the untrimmed, numeric-looking and local-date cells (other
 * columns count 0 distinct, as the rules ask nothing more). One scan gathers
 * each column's distinct values inside SQLite; the tests then run once per
 * distinct value, not per cell, and a second scan counts the cells of the
 * values that passed only when some did and some did not. Falls back to
 * testing every cell when a column's values cannot be gathered as JSON
 * (a BLOB, or more text than SQLite holds in one value).
 */
export function countColumns(
  workspace: FactSource,
  table: string,
  record: DatasetRecord,
): { rows: number; columns: ColumnCounts[] } {
  try {
    return countByDistinctValues(workspace, table, record);
  } catch (error) {
    if ((error as { name?: string }).name !== 'SqliteError') throw error;
    workspace.logger.warn('[metadata] counting table facts cell by cell: no distinct values', {
      dataset: record.name,
      reason: (error as Error).message,
    });
    return countEveryCell(workspace, table, record);
  }
}

function countByDistinctValues(
  workspace: FactSource,
  table: string,
  record: DatasetRecord,
): { rows: number; columns: ColumnCounts[] } {
  // Text columns' distinct values stay inside SQLite as JSON; only each
  // column's profile (counts, and short lists) comes back. Other columns
  // need their filled cells and whether any cell is text (max() sorts text
  // after numbers).
  const scanned = record.columns.map((c, i) => {
    const x = quoteIdent(c.name);
    if (isTextColumn(c)) return `json_group_array(DISTINCT ${x}) AS d${i}`;
    return `sum(${filledSql(x)}) AS d${i}, typeof(max(${x})) IN ('text', 'blob') AS m${i}`;
  });
  const profiles = record.columns.map((c, i) =>
    isTextColumn(c)
      ? `(${profileSql(`s.d${i}`)})`
      : `json_object('filled', coalesce(s.d${i}, 0), 'texts', s.m${i})`,
  );
  const row = workspace.db
    .prepare(
      `WITH s AS MATERIALIZED (SELECT ${['count(*) AS n', ...scanned].join(', ')} FROM ${table})
       SELECT ${['s.n', ...profiles].join(', ')} FROM s`,
    )
    .raw()
    .get() as [number, ...string[]];
  const rows = row[0];
  const parsed = row.slice(1).map((text) => JSON.parse(text as string) as Profile);

  // Cells are counted only where the distinct values leave a count open.
  const terms: { sql: string; param?: string; set: (value: number) => void }[] = [];
  const derived: (() => void)[] = [];
  const columns = record.columns.map((column, i): ColumnCounts => {
    const profile = parsed[i];
    const x = quoteIdent(column.name);
    const counts: ColumnCounts = {
      nonEmpty: isTextColumn(column) ? rows : profile.filled,
      distinct: profile.distinct ?? 0,
      untrimmed: 0,
      numericText: 0,
      nonIsoDates: 0,
      values: profile.values ?? null,
      texts: profile.texts,
      hasTotal: profile.total === 1,
    };
    if (profile.blank) {
      terms.push({ sql: `sum(${filledSql(x)})`, set: (value) => (counts.nonEmpty = value) });
    }

    // No value passes: none. Every filled value passes: every filled cell.
    const cells = (flagged: Flagged | undefined, set: (value: number) => void) => {
      if (!flagged || flagged[0] === 0) return;
      if (flagged[0] === profile.filled) {
        derived.push(() => set(counts.nonEmpty));
        return;
      }
      terms.push({
        sql: `count(CASE WHEN ${x} IN (SELECT value FROM json_each(?)) THEN 1 END)`,
        param: JSON.stringify(flagged[1]),
        set,
      });
    };
    cells(profile.untrimmed, (value) => (counts.untrimmed = value));
    if (!keyColumnName.test(column.name)) {
      cells(profile.numeric, (value) => (counts.numericText = value));
    }
    cells(profile.dates, (value) => (counts.nonIsoDates = value));
    return counts;
  });

  if (terms.length > 0) {
    const params = terms.flatMap((term) => (term.param === undefined ? [] : [term.param]));
    const values = workspace.db
      .prepare(`SELECT ${terms.map((term) => term.sql).join(', ')} FROM ${table}`)
      .raw()
      .get(...params) as (number | null)[];
    terms.forEach((term, k) => term.set(values[k] ?? 0));
  }
  derived.forEach((set) => set());
  return { rows, columns };
}

/**
 * A text column's profile over its distinct values (`list`, a JSON array):
 * how many, how many filled, whether NULL or '' is among them, and which
 * values the per-cell tests pass, listed only when some do and some do not.
 */
function profileSql(list: string): string {
  const v = 'value';
  const filled = `count(*) FILTER (WHERE ${filledSql(v)})`;
  const flagged = (test: string) =>
    `json_array(count(*) FILTER (WHERE ${test}), json(CASE WHEN count(*) FILTER (WHERE ${test}) ` +
    `NOT IN (0, ${filled}) THEN json_group_array(${v}) FILTER (WHERE ${test}) END))`;
  const fields = [
    `'distinct', count(${v})`,
    `'blank', max(${v} IS NULL OR ${v} = '')`,
    `'filled', ${filled}`,
    `'texts', count(*) FILTER (WHERE typeof(${v}) = 'text' AND ${v} <> '')`,
    `'values', json(CASE WHEN count(${v}) <= ${VALUES_LIMIT} THEN ${list} END)`,
    `'total', max(${totalSql(v)})`,
    `'untrimmed', ${flagged(untrimmedSql(v))}`,
    `'numeric', ${flagged(numericTextSql(v))}`,
    `'dates', ${flagged(localDateSql(v))}`,
  ];
  return `SELECT json_object(${fields.join(', ')}) FROM json_each(${list})`;
}

/** The same counts with every test run on every cell, in one scan. */
function countEveryCell(
  workspace: FactSource,
  table: string,
  record: DatasetRecord,
): { rows: number; columns: ColumnCounts[] } {
  const parts = record.columns.flatMap((c) => {
    const x = quoteIdent(c.name);
    const filled = `sum(${filledSql(x)})`;
    if (!isTextColumn(c)) return [filled, '0', '0', '0', '0'];
    const tests = [untrimmedSql(x), numericTextSql(x), localDateSql(x)];
    return [filled, `count(DISTINCT ${x})`, ...tests.map((test) => `sum(${test})`)];
  });
  const totals = workspace.db
    .prepare(`SELECT ${['count(*)', ...parts].join(', ')} FROM ${table}`)
    .raw()
    .get() as (number | null)[];
  const columns = record.columns.map((_, i): ColumnCounts => {
    const at = (k: number) => totals[1 + i * 5 + k] ?? 0;
    return {
      nonEmpty: at(0),
      distinct: at(1),
      untrimmed: at(2),
      numericText: at(3),
      nonIsoDates: at(4),
      values: null,
      texts: null,
      hasTotal: null,
    };
  });
  return { rows: totals[0] ?? 0, columns };
}

function isTextColumn(column: DatasetRecord['columns'][number]): boolean {
  return column.type === 'text';
}
