import type { CellValue } from '../../../shared/table';

/**
 * A cell as SQLite stores it. Whole numbers go in as BigInt so SQLite keeps
 * them INTEGER (better-sqlite3 binds every JS number as REAL); booleans as
 * 0/1, since SQLite has no boolean; NaN as NULL.
 */
export function toSqlValue(value: CellValue | undefined): string | number | bigint | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return null;
    return Number.isSafeInteger(value) ? BigInt(value) : value;
  }
  if (typeof value === 'boolean') return value ? 1n : 0n;
  return value;
}
