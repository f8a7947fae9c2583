import type Database from 'better-sqlite3';

/**
 * Values computed from a dataset's table, kept for one table revision so
 * that another process (a CLI export after `ficha validate` or after the
 * app) reads them instead of scanning the table again. One row per dataset
 * and kind, overwritten when the table's revision moves on.
 */
const factCacheSchema = `
CREATE TABLE fact_cache (
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  revision INTEGER NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value)),
  computed_at TEXT NOT NULL,
  PRIMARY KEY (dataset_id, kind)
);
`;

/** The migration that adds the fact cache table (schema version 7). */
export function migrateFactCache(db: Database.Database): void {
  db.exec(factCacheSchema);
}
