import type Database from 'better-sqlite3';
import type { Logger } from '../logger';
import { quoteIdent } from './quote';
import { STAGING_PREFIX } from './schema';

/**
 * Drops what crashed imports left behind: staging tables, and source chunks
 * whose source row was never committed. A live import on another connection
 * cannot exist, since only the holder of the edit lock writes.
 */
export function dropStagingTables(db: Database.Database, logger: Logger): void {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, ?) = ?`)
    .pluck()
    .all(STAGING_PREFIX.length, STAGING_PREFIX) as string[];
  const hasSources = db
    .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'source_chunks'`)
    .get();

  db.transaction(() => {
    for (const table of tables) db.exec(`DROP TABLE ${quoteIdent(table)}`);
    if (hasSources) {
      const orphans = db
        .prepare('DELETE FROM source_chunks WHERE source_id NOT IN (SELECT id FROM sources)')
        .run().changes;
      if (orphans > 0) logger.info(`[db] dropped ${orphans} source chunks of an unfinished import`);
    }
  }).immediate();

  if (tables.length > 0) {
    logger.info(`[db] dropped ${tables.length} staging tables left by an unfinished import`);
  }
}
