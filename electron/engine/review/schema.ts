import type Database from 'better-sqlite3';

/**
 * Tables of review and the inventory: threaded comments on a dataset, a
 * field, a column or a row; every status change with a snapshot of what was
 * approved; datasets planned before any file exists; download counts from
 * the portal. Ids of comments and status events are made by whoever writes
 * them, so events written beside a locked workspace merge in only once.
 */
const reviewSchema = `
CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('dataset', 'field', 'column', 'row')),
  target TEXT NOT NULL DEFAULT '',
  author_name TEXT NOT NULL,
  author_email TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  text TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT
);
CREATE INDEX comments_dataset ON comments (dataset_id, thread_id, at);

CREATE TABLE status_events (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  at TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_email TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  portal_url TEXT NOT NULL DEFAULT '',
  snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot))
);
CREATE INDEX status_events_dataset ON status_events (dataset_id, at);

CREATE TABLE planned_datasets (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  area TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  resource TEXT NOT NULL DEFAULT '',
  periodicity TEXT NOT NULL DEFAULT '',
  update_months TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(update_months)),
  estimated_publication TEXT NOT NULL DEFAULT '',
  private INTEGER NOT NULL DEFAULT 0,
  private_reason TEXT NOT NULL DEFAULT '',
  platform TEXT NOT NULL DEFAULT '',
  dataset_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE downloads (
  dataset_id TEXT NOT NULL,
  period TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (dataset_id, period)
) WITHOUT ROWID;
`;

/** The migration that adds the review and inventory tables. */
export function migrateReview(db: Database.Database): void {
  db.exec(reviewSchema);
}
