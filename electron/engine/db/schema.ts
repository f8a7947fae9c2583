import type Database from 'better-sqlite3';
import { migrateReview } from '../review/schema';
import { migrateMetadata } from '../metadata/schema';
import { migratePromote } from '../promote/schema';
import { migrateExports } from '../export/schema';
import { migrateExportSnapshots } from '../review/export-snapshot-schema';
import { migrateFactCache } from '../metadata/fact-cache-schema';
import { migrateSourceCodec } from '../datasets/source-codec';

/** The SQLite application_id of a Ficha workspace: 'FICH' in ASCII. */
export const APPLICATION_ID = 0x46494348;

/** Prefix of the tables an import fills before it commits. */
export const STAGING_PREFIX = '_staging_';

/** Prefix of the real tables that hold each dataset's rows. */
export const DATA_TABLE_PREFIX = 'data_';

/** A forward migration: brings the schema from version `index` to `index + 1`. */
export type Migration = (db: Database.Database) => void;

/**
 * Schema v1. Each dataset's rows live in their own table (datasets.table_name)
 * whose columns carry no declared type, so values keep the storage class the
 * engine gave them; the column catalog says what type each column has.
 */
const schemaV1 = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  format TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  chunk_size INTEGER NOT NULL
);
CREATE INDEX sources_sha256 ON sources (sha256, size);

CREATE TABLE source_chunks (
  source_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (source_id, seq)
) WITHOUT ROWID;

CREATE TABLE datasets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  table_name TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'borrador',
  row_count INTEGER NOT NULL DEFAULT 0,
  revision INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  source_id TEXT REFERENCES sources (id),
  import_settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(import_settings)),
  notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes)),
  warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
  embedded_metadata TEXT CHECK (embedded_metadata IS NULL OR json_valid(embedded_metadata))
);

CREATE TABLE columns (
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL,
  mismatches INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  unit TEXT,
  PRIMARY KEY (dataset_id, name)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_email TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  dataset_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
);
CREATE INDEX audit_log_dataset ON audit_log (dataset_id, id);
`;

/**
 * The ordered forward migrations of the workspace schema. The schema
 * version (PRAGMA user_version) is the number of migrations applied.
 * Append only: a released migration is never edited.
 */
export const workspaceMigrations: readonly Migration[] = [
  (db) => db.exec(schemaV1),
  migrateReview,
  migrateMetadata,
  migratePromote,
  migrateExports,
  migrateExportSnapshots,
  migrateFactCache,
  migrateSourceCodec,
];

/** The schema version this Ficha writes. */
export const SCHEMA_VERSION = workspaceMigrations.length;
