import type { ColumnFacts, TableFacts } from '../../../shared/validation/types';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { FactSource } from './fact-source';

/** Row ids kept as examples of duplicate rows. */
const EXAMPLES = 20;

/**
 * Rows that repeat another row whole, as SQL's GROUP BY over every column
 * sees them (NULLs alike; 1 and 1.0 alike, 1 and '1' not), with the first
 * ids of those after the first of each group. A column with as many
 * distinct values as rows settles it at once; otherwise the GROUP BY lists
 * the columns with more distinct values first, so that rows are told apart
 * by the first one or two columns of each comparison.
 */
export function duplicateRows(
  workspace: FactSource,
  table: string,
  record: DatasetRecord,
  facts: { rows: number; columns: ColumnFacts[] },
): Pick<TableFacts, 'duplicateRows' | 'duplicateExamples'> {
  const none = { duplicateRows: 0, duplicateExamples: [] };
  if (record.columns.length === 0 || facts.rows < 2) return none;
  // count(DISTINCT) leaves NULL out: as many as rows means no NULL and no repeat.
  if (facts.columns.some((c) => c.distinct === facts.rows)) return none;

  const order = record.columns
    .map((c, i) => ({ name: c.name, distinct: facts.columns[i].distinct }))
    .sort((a, b) => b.distinct - a.distinct);
  const columns = order.map((c) => quoteIdent(c.name)).join(', ');
  const count = workspace.db
    .prepare(
      `SELECT coalesce(sum(n - 1), 0) FROM (
         SELECT count(*) AS n FROM ${table} GROUP BY ${columns} HAVING n > 1)`,
    )
    .pluck()
    .get() as number;
  if (count === 0) return none;

  const examples = workspace.db
    .prepare(
      `SELECT rowid FROM ${table} WHERE rowid NOT IN (
         SELECT min(rowid) FROM ${table} GROUP BY ${columns}) ORDER BY rowid LIMIT ${EXAMPLES}`,
    )
    .pluck()
    .all() as number[];
  return { duplicateRows: count, duplicateExamples: examples };
}
