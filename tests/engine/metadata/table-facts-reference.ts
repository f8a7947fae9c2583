// The table facts as computed before the distinct-value scan (commit f5fdbfa), kept
// as an oracle: the faster computation must give exactly the same facts.
import type { ColumnFacts, TableFacts } from '../../../shared/validation/types';
import type { DatasetRecord } from '../../../electron/engine/datasets/catalog';
import { quoteIdent } from '../../../electron/engine/db/quote';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import {
  isNumberText,
  registerFactFunctions,
} from '../../../electron/engine/metadata/fact-functions';
import { nearDuplicateGroups } from '../../../electron/engine/metadata/near-duplicates';

/** Distinct values above which a column is not a category (no near-duplicate check). */
const CATEGORY_LIMIT = 500;
/** Distinct text values read when looking for notation keys. */
const DISTINCT_LIMIT = 5000;
/** Date-like cells read to choose the to-date pattern. */
const PATTERN_SAMPLE = 1000;
/** Row ids kept per finding, to point at examples. */
const EXAMPLES = 20;

const markerPattern =
  /^(nd|ne|na|no|ie|ns|nc|s\/d|sd|n\/a|n\.d\.?|n\.e\.?|-+|—|–|\*+|\.+|<\s*[\d.,]+|>\s*[\d.,]+|c|x)$/i;

/**
 * Computes the data-quality facts of a dataset's table in SQLite: one pass
 * for the per-column counts, then focused queries only for the columns
 * that need them. Rules in shared/validation turn the facts into findings.
 */
export function referenceTableFacts(workspace: Workspace, record: DatasetRecord): TableFacts {
  const db = workspace.db;
  registerFactFunctions(db);
  const table = quoteIdent(record.tableName);

  // Per-column counts in one scan, in native SQL. Only text columns get the
  // text checks; nested CASEs stop at the first failed test, and only
  // date-like cells reach a JS function.
  const parts = record.columns.flatMap((c) => {
    const x = quoteIdent(c.name);
    const filled = `sum(${x} IS NOT NULL AND ${x} <> '')`;
    if (c.type !== 'text') return [filled, '0', '0', '0', '0'];
    const numeric =
      `CASE WHEN trim(${x}, '0123456789.,$% +-') = '' THEN ` +
      `CASE WHEN trim(${x}, '.,$% +-') <> '' AND ${x} NOT GLOB '0[0-9]*' ` +
      `AND ${x} NOT GLOB '[+-]0[0-9]*' AND instr(${x}, '/') = 0 ` +
      `AND instr(ltrim(${x}, '+- '), '-') = 0 THEN 1 END END`;
    const date =
      `CASE WHEN trim(${x}, '0123456789/.-') = '' AND length(${x}) BETWEEN 6 AND 10 THEN ` +
      `ficha_fact_date_pattern(${x}) IS NOT NULL END`;
    const text = (expression: string) =>
      `sum(CASE WHEN typeof(${x}) = 'text' THEN ${expression} END)`;
    return [filled, `count(DISTINCT ${x})`, text(`${x} <> trim(${x})`), text(numeric), text(date)];
  });
  const totals = db
    .prepare(`SELECT ${['count(*)', ...parts].join(', ')} FROM ${table}`)
    .raw()
    .get() as (number | null)[];
  const rows = totals[0] ?? 0;

  const columns = record.columns.map((c, i): ColumnFacts => {
    const at = (k: number) => totals[1 + i * 5 + k] ?? 0;
    const facts: ColumnFacts = {
      name: c.name,
      nonEmpty: at(0),
      distinct: at(1),
      untrimmed: at(2),
      numericText: /^cve|^clave|^id$|_id$/.test(c.name) ? 0 : at(3),
      nonIsoDates: at(4),
      markers: {},
      blankRuns: 0,
      nearDuplicates: [],
      totalRows: [],
    };
    fillDetails(workspace, table, c, facts, rows);
    return facts;
  });

  const duplicates = duplicateRows(workspace, table, record);
  return { rows, ...duplicates, columns };
}

/** The focused queries: markers, date patterns, blank runs, totals, near-duplicates. */
function fillDetails(
  workspace: Workspace,
  table: string,
  column: DatasetRecord['columns'][number],
  facts: ColumnFacts,
  rows: number,
): void {
  const db = workspace.db;
  const x = quoteIdent(column.name);
  const numeric = column.type === 'integer' || column.type === 'number';

  // Markers are read from the distinct text values, numbers left out in JS.
  if (numeric || (facts.nonEmpty > 0 && facts.numericText / facts.nonEmpty >= 0.5)) {
    const texts = db
      .prepare(
        `SELECT trim(${x}) AS v, count(*) AS n FROM ${table}
         WHERE typeof(${x}) = 'text' AND trim(${x}) <> ''
         GROUP BY trim(${x}) ORDER BY n DESC LIMIT ${DISTINCT_LIMIT}`,
      )
      .all() as { v: string; n: number }[];
    for (const { v, n } of texts) {
      if (markerPattern.test(v) && !isNumberText(v)) facts.markers[v] = n;
    }
  }

  // The most common pattern among the first date-like cells is enough for to-date.
  if (facts.nonIsoDates > 0) {
    const patterns = db
      .prepare(
        `SELECT ficha_fact_date_pattern(${x}) AS p FROM ${table}
         WHERE typeof(${x}) = 'text' AND trim(${x}, '0123456789/.-') = '' AND p IS NOT NULL
         LIMIT ${PATTERN_SAMPLE}`,
      )
      .pluck()
      .all() as string[];
    facts.nonIsoDatePattern = mostCommon(patterns);
  }

  if (column.type !== 'text') return;

  facts.totalRows = db
    .prepare(
      `SELECT rowid FROM ${table} WHERE ${x} LIKE '%total%' AND ficha_fact_total(${x})
       ORDER BY rowid LIMIT ${EXAMPLES}`,
    )
    .pluck()
    .all() as number[];

  const blanks = rows - facts.nonEmpty;
  const isCategory = facts.distinct > 0 && facts.distinct <= Math.max(5, facts.nonEmpty / 2);
  if (isCategory && blanks > 0) facts.blankRuns = blankRuns(workspace, table, x);

  if (facts.distinct > 1 && facts.distinct <= CATEGORY_LIMIT) {
    const values = db
      .prepare(
        `SELECT ${x} AS v, count(*) AS n FROM ${table}
         WHERE typeof(${x}) = 'text' AND ${x} <> '' GROUP BY ${x}`,
      )
      .all() as { v: string; n: number }[];
    facts.nearDuplicates = nearDuplicateGroups(values);
  }
}

/**
 * Blank cells that sit between two filled cells of the column, what merged
 * cells leave: every blank after the first filled cell and before the last.
 */
function blankRuns(workspace: Workspace, table: string, x: string): number {
  const filled = `${x} IS NOT NULL AND ${x} <> ''`;
  return workspace.db
    .prepare(
      `SELECT count(*) FROM ${table}
       WHERE (${x} IS NULL OR ${x} = '')
         AND rowid > (SELECT min(rowid) FROM ${table} WHERE ${filled})
         AND rowid < (SELECT max(rowid) FROM ${table} WHERE ${filled})`,
    )
    .pluck()
    .get() as number;
}

function duplicateRows(
  workspace: Workspace,
  table: string,
  record: DatasetRecord,
): Pick<TableFacts, 'duplicateRows' | 'duplicateExamples'> {
  if (record.columns.length === 0) return { duplicateRows: 0, duplicateExamples: [] };
  const columns = record.columns.map((c) => quoteIdent(c.name)).join(', ');
  const count = workspace.db
    .prepare(
      `SELECT coalesce(sum(n - 1), 0) FROM (
         SELECT count(*) AS n FROM ${table} GROUP BY ${columns} HAVING n > 1)`,
    )
    .pluck()
    .get() as number;
  if (count === 0) return { duplicateRows: 0, duplicateExamples: [] };

  const examples = workspace.db
    .prepare(
      `SELECT rowid FROM ${table} WHERE rowid NOT IN (
         SELECT min(rowid) FROM ${table} GROUP BY ${columns}) ORDER BY rowid LIMIT ${EXAMPLES}`,
    )
    .pluck()
    .all() as number[];
  return { duplicateRows: count, duplicateExamples: examples };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
