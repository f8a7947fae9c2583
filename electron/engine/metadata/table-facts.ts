import type { ColumnFacts, TableFacts } from '../../../shared/validation/types';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { registerFactFunctions } from './fact-functions';
import { nearDuplicateGroups } from './near-duplicates';

/** Distinct values above which a column is not a category (no near-duplicate check). */
const CATEGORY_LIMIT = 500;
/** Row ids kept per finding, to point at examples. */
const EXAMPLES = 20;

const markerPattern =
  /^(nd|ne|na|no|ie|ns|nc|s\/d|sd|n\/a|n\.d\.?|n\.e\.?|-+|—|–|\*+|\.+|<\s*[\d.,]+|>\s*[\d.,]+|c|x)$/i;

/**
 * Computes the data-quality facts of a dataset's table in SQLite: one pass
 * for the per-column counts, then focused queries only for the columns
 * that need them. Rules in shared/validation turn the facts into findings.
 */
export function computeTableFacts(workspace: Workspace, record: DatasetRecord): TableFacts {
  const db = workspace.db;
  registerFactFunctions(db);
  const table = quoteIdent(record.tableName);

  // Per-column counts in one scan of the table.
  const parts = record.columns.flatMap((c) => {
    const x = quoteIdent(c.name);
    return [
      `sum(${x} IS NOT NULL AND ${x} <> '')`,
      `count(DISTINCT ${x})`,
      `sum(typeof(${x}) = 'text' AND ${x} <> trim(${x}))`,
      `sum(typeof(${x}) = 'text' AND ficha_fact_numeric(${x}))`,
      `sum(typeof(${x}) = 'text' AND ficha_fact_date_pattern(${x}) IS NOT NULL)`,
    ];
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

  if (numeric || (facts.nonEmpty > 0 && facts.numericText / facts.nonEmpty >= 0.5)) {
    const texts = db
      .prepare(
        `SELECT trim(${x}) AS v, count(*) AS n FROM ${table}
         WHERE typeof(${x}) = 'text' AND NOT ficha_fact_numeric(${x}) AND trim(${x}) <> ''
         GROUP BY trim(${x}) ORDER BY n DESC LIMIT 50`,
      )
      .all() as { v: string; n: number }[];
    for (const { v, n } of texts) if (markerPattern.test(v)) facts.markers[v] = n;
  }

  if (facts.nonIsoDates > 0) {
    facts.nonIsoDatePattern = db
      .prepare(
        `SELECT ficha_fact_date_pattern(${x}) AS p FROM ${table}
         WHERE typeof(${x}) = 'text' AND p IS NOT NULL GROUP BY p ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;
  }

  if (column.type !== 'text') return;

  facts.totalRows = db
    .prepare(
      `SELECT rowid FROM ${table} WHERE ficha_fact_total(${x}) ORDER BY rowid LIMIT ${EXAMPLES}`,
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

/** Blank cells that sit between two filled cells of the column: what merged cells leave. */
function blankRuns(workspace: Workspace, table: string, x: string): number {
  return workspace.db
    .prepare(
      `SELECT count(*) FROM (
         SELECT (${x} IS NULL OR ${x} = '') AS blank,
           max(CASE WHEN ${x} IS NOT NULL AND ${x} <> '' THEN rowid END)
             OVER (ORDER BY rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before,
           min(CASE WHEN ${x} IS NOT NULL AND ${x} <> '' THEN rowid END)
             OVER (ORDER BY rowid ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS after
         FROM ${table})
       WHERE blank AND before IS NOT NULL AND after IS NOT NULL`,
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
