import type Database from 'better-sqlite3';
import type { DatasetRecord } from '../datasets/catalog';
import type { ColumnCounts } from './column-counts';
import { cachedPerRevision, perRevision } from './revision-cache';

/** Distinct values up to which a text column's values are listed as allowed. */
export const ALLOWED_LIMIT = 12;

const KIND = 'value-lists';

/**
 * Keeps in memory, for this connection and table revision, each text
 * column's allowed values (its distinct non-empty values, sorted, when at
 * most ALLOWED_LIMIT; none when more) as the table facts' scan gathered
 * them, so that auto-fill, which a validation or an export runs next, does
 * not scan the table again for them. A column's list is unknown (null)
 * when the scan did not gather its values, or when some are not text
 * (their JSON form need not give back the same number).
 */
export function rememberValueLists(
  db: Database.Database,
  record: DatasetRecord,
  counts: ColumnCounts[],
): void {
  const lists = record.columns.map((column, i) => {
    const values = counts[i]?.values;
    if (column.type !== 'text' || !values) return null;
    if (!values.every((v) => v === null || typeof v === 'string')) return null;
    const filled = (values as (string | null)[]).filter((v): v is string => v !== null && v !== '');
    return filled.length <= ALLOWED_LIMIT ? filled.sort() : [];
  });
  perRevision(db, record, KIND, () => lists);
}

/** The lists rememberValueLists kept for the record's revision, per column; undefined when none. */
export function rememberedValueLists(
  db: Database.Database,
  record: DatasetRecord,
): (string[] | null)[] | undefined {
  return cachedPerRevision(db, record, KIND);
}
