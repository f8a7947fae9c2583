import { suggestKeywords } from '../../../shared/metadata/keywords';
import type { KeywordSuggestions } from '../../../shared/metadata/keywords';
import { getDataset } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { getFicha } from './ficha-store';

/** Distinct values above which a text column is free text, not a category. */
const CATEGORY_LIMIT = 200;
/** Frequent values taken from each category column. */
const TOP_VALUES = 10;

/**
 * Keyword suggestions for a dataset from its ficha (title, description,
 * comments), its column labels and the frequent values of its category
 * columns, counted in SQLite.
 */
export function datasetKeywords(workspace: Workspace, dataset: string): KeywordSuggestions {
  const record = getDataset(workspace, dataset);
  const { ficha } = getFicha(workspace, record.name);
  const table = quoteIdent(record.tableName);
  const values: string[] = [];

  for (const column of record.columns) {
    if (column.type !== 'text') continue;
    const x = quoteIdent(column.name);
    const distinct = workspace.db
      .prepare(`SELECT count(DISTINCT ${x}) FROM ${table}`)
      .pluck()
      .get() as number;
    if (distinct === 0 || distinct > CATEGORY_LIMIT) continue;
    const top = workspace.db
      .prepare(
        `SELECT ${x} FROM ${table} WHERE typeof(${x}) = 'text' AND ${x} <> ''
         GROUP BY ${x} ORDER BY count(*) DESC, ${x} LIMIT ${TOP_VALUES}`,
      )
      .pluck()
      .all() as string[];
    values.push(...top);
  }

  return suggestKeywords({
    title: ficha.title,
    description: ficha.description,
    columnLabels: record.columns.map((c) => c.label || c.name),
    notes: [ficha.comments, ficha.quality, ...record.notes].filter((n) => n !== ''),
    values,
    existing: ficha.keywords,
  });
}
