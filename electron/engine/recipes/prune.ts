import type Database from 'better-sqlite3';
import { quoteIdent } from '../db/quote';
import { DATA_TABLE_PREFIX } from '../db/schema';
import type { HistoryRow } from './history-store';
import { tableExists } from './dataset-state';

/** Table versions kept on each side of the current point, besides the original. */
export const VERSIONS_KEPT_EACH_SIDE = 3;

/** Cells (rows × columns) the kept versions may hold together, besides the original and current. */
export const CELLS_BUDGET = 60_000_000;

/**
 * Drops old table versions so history does not fill the disk: the
 * original (before step 1) and the current version always stay, then the
 * nearest versions on each side while they fit the budget. Going back to
 * a dropped version rebuilds it from the nearest kept one. Returns the
 * number of tables dropped. Must run in a transaction.
 */
export function pruneVersions(
  db: Database.Database,
  history: readonly HistoryRow[],
  point: number,
): number {
  if (history.length === 0) return 0;
  const versions = [history[0].before, ...history.map((row) => row.after)];
  const keep = new Set<string>([versions[0].table, versions[point].table]);

  let cells = 0;
  for (let distance = 1; distance <= VERSIONS_KEPT_EACH_SIDE; distance++) {
    for (const index of [point - distance, point + distance]) {
      const version = versions[index];
      if (!version) continue;
      const size = version.rowCount * Math.max(1, version.columns.length);
      if (cells + size > CELLS_BUDGET) continue;
      cells += size;
      keep.add(version.table);
    }
  }

  let dropped = 0;
  for (const version of versions) {
    if (keep.has(version.table) || !tableExists(db, version.table)) continue;
    db.exec(`DROP TABLE ${quoteIdent(version.table)}`);
    dropped += 1;
  }
  return dropped;
}

/** Drops every table version of a history except `current` (when a dataset is deleted or replaced). */
export function dropVersions(
  db: Database.Database,
  history: readonly HistoryRow[],
  current: string | null,
): void {
  const tables = new Set(history.flatMap((row) => [row.before.table, row.after.table]));
  for (const table of tables) {
    if (table !== current && tableExists(db, table)) db.exec(`DROP TABLE ${quoteIdent(table)}`);
  }
}

/**
 * Drops table versions no dataset or history points at any more (left by
 * a deleted dataset, whose history rows cascade away). Must run in a
 * transaction, after the history table exists.
 */
export function dropOrphanVersions(db: Database.Database): number {
  const orphans = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, ?) = ?
       AND name NOT IN (SELECT table_name FROM datasets)
       AND name NOT IN (SELECT table_before FROM recipe_steps)
       AND name NOT IN (SELECT table_after FROM recipe_steps)`,
    )
    .pluck()
    .all(DATA_TABLE_PREFIX.length, DATA_TABLE_PREFIX) as string[];
  for (const table of orphans) db.exec(`DROP TABLE ${quoteIdent(table)}`);
  return orphans.length;
}
