import type Database from 'better-sqlite3';

/**
 * The ficha of each dataset as JSON (validated with fichaSchema when read
 * and written), stamped with who saved it. Workspace defaults live in the
 * settings table under DEFAULTS_SETTING.
 */
const metadataSchema = `
CREATE TABLE fichas (
  dataset_id TEXT PRIMARY KEY REFERENCES datasets (id) ON DELETE CASCADE,
  ficha TEXT NOT NULL CHECK (json_valid(ficha)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT ''
);
`;

/** The settings key of the workspace's metadata defaults. */
export const DEFAULTS_SETTING = 'metadata.defaults';

/** The migration that adds the fichas table. */
export function migrateMetadata(db: Database.Database): void {
  db.exec(metadataSchema);
}
