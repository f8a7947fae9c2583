import type { DatasetDescription } from '../../../shared/api/workspace';
import type { CellValue, ColumnProfile } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { getDataset, summaryOf } from './catalog';
import type { DatasetRecord } from './catalog';

/** How many example values `describe` shows per column. */
const EXAMPLES = 3;

/**
 * Describes a dataset as `ficha describe` prints it: the row count and, per
 * column, its name, label and type with the non-empty and distinct counts
 * and a few example values, all counted in one pass over the table.
 */
export function describeDataset(
  workspace: Workspace,
  dataset: DatasetRecord | string,
): DatasetDescription {
  const record = typeof dataset === 'string' ? getDataset(workspace, dataset) : dataset;
  const db = workspace.db;
  const table = quoteIdent(record.tableName);

  const counts = record.columns.flatMap((c) => {
    const column = quoteIdent(c.name);
    return [`sum(${column} IS NOT NULL AND ${column} <> '')`, `count(DISTINCT ${column})`];
  });
  const totals = db
    .prepare(`SELECT ${['count(*)', ...counts].join(', ')} FROM ${table}`)
    .raw()
    .get() as (number | null)[];

  const columns: ColumnProfile[] = record.columns.map((c, index) => ({
    name: c.name,
    label: c.label,
    type: c.type,
    position: c.position,
    mismatches: c.mismatches,
    nonEmpty: totals[1 + index * 2] ?? 0,
    distinct: totals[2 + index * 2] ?? 0,
    examples: examples(workspace, record, c.name, c.type === 'boolean'),
  }));

  return { dataset: summaryOf(record), rows: totals[0] ?? 0, columns, notes: record.notes };
}

function examples(
  workspace: Workspace,
  record: DatasetRecord,
  name: string,
  boolean: boolean,
): CellValue[] {
  const column = quoteIdent(name);
  const values = workspace.db
    .prepare(
      `SELECT DISTINCT ${column} FROM (SELECT ${column} FROM ${quoteIdent(record.tableName)}
       WHERE ${column} IS NOT NULL AND ${column} <> '' ORDER BY rowid LIMIT 1000) LIMIT ?`,
    )
    .pluck()
    .all(EXAMPLES) as CellValue[];
  return boolean ? values.map((v) => v === 1) : values;
}
