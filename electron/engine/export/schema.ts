import type Database from 'better-sqlite3';

/**
 * The history of exports: one row per package written, with the checksum
 * of every file, so a person can prove which bytes went to the portal.
 */
const exportsSchema = `
CREATE TABLE exports (
  id INTEGER PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  version TEXT NOT NULL,
  folder TEXT NOT NULL,
  zip TEXT,
  zip_sha256 TEXT,
  draft INTEGER NOT NULL DEFAULT 0,
  row_count INTEGER NOT NULL,
  revision INTEGER NOT NULL,
  files TEXT NOT NULL CHECK (json_valid(files)),
  exported_at TEXT NOT NULL,
  exported_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX exports_dataset ON exports (dataset_id, id);
`;

/** The migration that adds the exports table. */
export function migrateExports(db: Database.Database): void {
  db.exec(exportsSchema);
}
