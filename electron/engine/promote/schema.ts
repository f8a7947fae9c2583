import type Database from 'better-sqlite3';

/**
 * Tables of promotion: each time a dataset was promoted (the evidence the
 * internal control office asks for every two months) and the periods in
 * which institutional communication is restricted.
 */
const promoteSchema = `
CREATE TABLE promotions (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  channel TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  actor_name TEXT NOT NULL,
  actor_email TEXT NOT NULL DEFAULT '',
  in_blackout INTEGER NOT NULL DEFAULT 0,
  recorded_at TEXT NOT NULL
);
CREATE INDEX promotions_date ON promotions (date);

CREATE TABLE blackouts (
  id TEXT PRIMARY KEY,
  start TEXT NOT NULL,
  end TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  CHECK (start <= end)
);
`;

/** The migration that adds the promotion tables. */
export function migratePromote(db: Database.Database): void {
  db.exec(promoteSchema);
}
