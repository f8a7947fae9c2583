import type { ColumnFacts, TableFacts } from '../../../shared/validation/types';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import type { FactSource } from './fact-source';
import type { ColumnCounts } from './column-counts';
import { countColumns, keyColumnName } from './column-counts';
import { duplicateRows } from './duplicate-rows';
import { isStored, storedPerRevision } from './fact-cache';
import { perRevision } from './revision-cache';
import { isNumberText, registerFactFunctions } from './fact-functions';
import { totalSql } from './fact-sql';
import { nearDuplicateGroups } from './near-duplicates';
import { rememberValueLists } from './value-lists';

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

/** The kind under which the facts are stored; bump it when their computation changes. */
export const TABLE_FACTS_KIND = 'table-facts/2';

/**
 * The data-quality facts of a dataset's table at its current revision:
 * read from the workspace when any process computed them for this revision,
 * else measured and stored there (fact-cache.ts). Callers keep them in
 * memory too (perRevision). Rules in shared/validation turn them into findings.
 */
export function computeTableFacts(workspace: Workspace, record: DatasetRecord): TableFacts {
  return storedPerRevision(workspace, record, TABLE_FACTS_KIND, () =>
    measureTableFacts(workspace, record),
  );
}

/** Whether any process stored the facts of the dataset's current revision. */
export function hasStoredTableFacts(workspace: Workspace, record: DatasetRecord): boolean {
  return isStored(workspace, record, TABLE_FACTS_KIND);
}

/**
 * Takes facts measured elsewhere (the export's helper thread, on its own
 * connection at the same revision) as this revision's: kept in memory for
 * validation and stored in the workspace as computeTableFacts would.
 */
export function adoptTableFacts(
  workspace: Workspace,
  record: DatasetRecord,
  facts: TableFacts,
): void {
  storedPerRevision(workspace, record, TABLE_FACTS_KIND, () => facts);
  perRevision(workspace.db, record, 'facts', () => facts);
}

/**
 * Measures the facts in SQLite: one pass for the per-column counts
 * (column-counts.ts), then focused queries only for the columns whose
 * distinct values call for them, then duplicate rows.
 */
export function measureTableFacts(workspace: FactSource, record: DatasetRecord): TableFacts {
  registerFactFunctions(workspace.db);
  const table = quoteIdent(record.tableName);
  const { rows, columns: counts } = countColumns(workspace, table, record);
  rememberValueLists(workspace.db, record, counts);

  const columns = record.columns.map((c, i): ColumnFacts => {
    const count = counts[i];
    const facts: ColumnFacts = {
      name: c.name,
      nonEmpty: count.nonEmpty,
      distinct: count.distinct,
      untrimmed: count.untrimmed,
      numericText: keyColumnName.test(c.name) ? 0 : count.numericText,
      nonIsoDates: count.nonIsoDates,
      markers: {},
      blankRuns: 0,
      nearDuplicates: [],
      totalRows: [],
    };
    fillDetails(workspace, table, c, facts, rows, count);
    return facts;
  });

  const duplicates = duplicateRows(workspace, table, record, { rows, columns });
  return { rows, ...duplicates, columns };
}

/**
 * The focused queries: markers, date patterns, blank runs, totals,
 * near-duplicates. Each is skipped when the column's distinct values
 * (`count`) already show it would find nothing.
 */
function fillDetails(
  workspace: FactSource,
  table: string,
  column: DatasetRecord['columns'][number],
  facts: ColumnFacts,
  rows: number,
  count: ColumnCounts,
): void {
  const db = workspace.db;
  const x = quoteIdent(column.name);
  const numeric = column.type === 'integer' || column.type === 'number';

  // Markers are read from the distinct text values, numbers left out in JS.
  const markersAsked = numeric || (facts.nonEmpty > 0 && facts.numericText / facts.nonEmpty >= 0.5);
  if (markersAsked && mayHaveMarkers(count)) {
    const texts = db
      .prepare(
        `SELECT trim(${x}) AS v, count(*) AS n FROM ${table}
         WHERE typeof(${x}) = 'text' AND trim(${x}) <> ''
         GROUP BY trim(${x}) ORDER BY n DESC LIMIT ${DISTINCT_LIMIT}`,
      )
      .all() as { v: string; n: number }[];
    for (const { v, n } of texts) {
      if (isMarker(v)) facts.markers[v] = n;
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

  if (count.hasTotal !== false) {
    facts.totalRows = db
      .prepare(`SELECT rowid FROM ${table} WHERE ${totalSql(x)} ORDER BY rowid LIMIT ${EXAMPLES}`)
      .pluck()
      .all() as number[];
  }

  const blanks = rows - facts.nonEmpty;
  const isCategory = facts.distinct > 0 && facts.distinct <= Math.max(5, facts.nonEmpty / 2);
  if (isCategory && blanks > 0) facts.blankRuns = blankRuns(workspace, table, x);

  if (facts.distinct > 1 && facts.distinct <= CATEGORY_LIMIT && mayHaveSpellings(count)) {
    const values = db
      .prepare(
        `SELECT ${x} AS v, count(*) AS n FROM ${table}
         WHERE typeof(${x}) = 'text' AND ${x} <> '' GROUP BY ${x}`,
      )
      .all() as { v: string; n: number }[];
    facts.nearDuplicates = nearDuplicateGroups(values);
  }
}

function isMarker(text: string): boolean {
  return markerPattern.test(text) && !isNumberText(text);
}

/**
 * Whether the markers query can find one. When the distinct values are known
 * they are all of its input (at most DISTINCT_LIMIT, so its LIMIT never cuts).
 */
function mayHaveMarkers(count: ColumnCounts): boolean {
  if (count.texts === 0) return false;
  if (count.values === null) return true;
  // SQLite's trim removes spaces only.
  return count.values.some((v) => typeof v === 'string' && isMarker(v.replace(/^ +| +$/g, '')));
}

/** Whether two distinct text values could fold to the same key; spellings' counts are not needed to tell. */
function mayHaveSpellings(count: ColumnCounts): boolean {
  if (count.values === null) return true;
  const texts = count.values.filter((v): v is string => typeof v === 'string' && v !== '');
  return nearDuplicateGroups(texts.map((v) => ({ v, n: 1 }))).length > 0;
}

/**
 * Blank cells that sit between two filled cells of the column, what merged
 * cells leave: every blank after the first filled cell and before the last.
 */
function blankRuns(workspace: FactSource, table: string, x: string): number {
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

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
