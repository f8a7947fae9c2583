import type Database from 'better-sqlite3';

/**
 * What each export looked like, so a reviewer can see what changed since
 * the last export as well as since the last approval. One row per row of
 * the exports history, written by the export handler after a package is
 * written; the snapshot has the same shape as an approval's.
 */
const exportSnapshotSchema = `
CREATE TABLE export_snapshots (
  export_id INTEGER PRIMARY KEY,
  dataset_id TEXT NOT NULL,
  at TEXT NOT NULL,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
);
CREATE INDEX export_snapshots_dataset ON export_snapshots (dataset_id, at);
`;

/** The migration that adds the export snapshots table. */
export function migrateExportSnapshots(db: Database.Database): void {
  db.exec(exportSnapshotSchema);
}
