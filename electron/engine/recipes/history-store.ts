import type Database from 'better-sqlite3';
import type { Step } from '../../../shared/operations';
import type { Bilingual } from '../../../shared/result';
import type { ColumnRecord } from '../datasets/catalog';
import type { StepReport, TableState } from '../operations/types';

/**
 * The history table: one row per applied step, with the table version and
 * column catalog before and after it, so that undo, redo and going back to
 * any point only repoint the dataset. Created on first use.
 */
const historySchema = `
CREATE TABLE IF NOT EXISTS recipe_steps (
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  step TEXT NOT NULL CHECK (json_valid(step)),
  label_es TEXT NOT NULL,
  label_en TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_email TEXT NOT NULL DEFAULT '',
  applied_at TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0,
  table_before TEXT NOT NULL,
  columns_before TEXT NOT NULL,
  rows_before INTEGER NOT NULL,
  table_after TEXT NOT NULL,
  columns_after TEXT NOT NULL,
  rows_after INTEGER NOT NULL,
  report TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (dataset_id, seq)
) WITHOUT ROWID;
`;

/**
 * Creates the history table when the workspace does not have it yet, and
 * adds the `batch` column to tables made before steps could be grouped:
 * the seq of the first step of a group applied as one entry (a suggestion
 * of two steps), NULL for a step on its own.
 */
export function ensureHistorySchema(db: Database.Database): void {
  db.exec(historySchema);
  const columns = db.prepare(`SELECT name FROM pragma_table_info('recipe_steps')`).all() as {
    name: string;
  }[];
  if (!columns.some((column) => column.name === 'batch')) {
    db.exec('ALTER TABLE recipe_steps ADD COLUMN batch INTEGER');
  }
}

/** One recorded step. */
export interface HistoryRow {
  seq: number;
  step: Step;
  label: Bilingual;
  actor: { name: string; email: string };
  appliedAt: string;
  undone: boolean;
  before: TableState;
  after: TableState;
  report: StepReport;
  /** The seq of the first step of the group this step was applied in; null when alone. */
  batch: number | null;
}

interface RawRow {
  seq: number;
  step: string;
  label_es: string;
  label_en: string;
  actor_name: string;
  actor_email: string;
  applied_at: string;
  undone: number;
  table_before: string;
  columns_before: string;
  rows_before: number;
  table_after: string;
  columns_after: string;
  rows_after: number;
  report: string;
  /** Absent in a read-only workspace whose table predates groups. */
  batch?: number | null;
}

/** Whether the workspace has a history table yet (read-only opens must not create it). */
function hasHistory(db: Database.Database): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'recipe_steps'`)
      .get() !== undefined
  );
}

/** Reads a dataset's history in order; empty when no step was ever applied. */
export function readHistory(db: Database.Database, datasetId: string): HistoryRow[] {
  if (!hasHistory(db)) return [];
  const rows = db
    .prepare('SELECT * FROM recipe_steps WHERE dataset_id = ? ORDER BY seq')
    .all(datasetId) as RawRow[];
  return rows.map((row) => ({
    seq: row.seq,
    step: JSON.parse(row.step) as Step,
    label: { es: row.label_es, en: row.label_en },
    actor: { name: row.actor_name, email: row.actor_email },
    appliedAt: row.applied_at,
    undone: row.undone === 1,
    before: {
      table: row.table_before,
      columns: JSON.parse(row.columns_before) as ColumnRecord[],
      rowCount: row.rows_before,
    },
    after: {
      table: row.table_after,
      columns: JSON.parse(row.columns_after) as ColumnRecord[],
      rowCount: row.rows_after,
    },
    report: JSON.parse(row.report) as StepReport,
    batch: row.batch ?? null,
  }));
}

/** Appends one applied step to the history. */
export function insertHistory(db: Database.Database, datasetId: string, row: HistoryRow): void {
  db.prepare(
    `INSERT INTO recipe_steps (dataset_id, seq, step, label_es, label_en, actor_name, actor_email,
       applied_at, undone, table_before, columns_before, rows_before, table_after, columns_after,
       rows_after, report, batch)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    datasetId,
    row.seq,
    JSON.stringify(row.step),
    row.label.es,
    row.label.en,
    row.actor.name,
    row.actor.email,
    row.appliedAt,
    row.before.table,
    JSON.stringify(row.before.columns),
    row.before.rowCount,
    row.after.table,
    JSON.stringify(row.after.columns),
    row.after.rowCount,
    JSON.stringify(row.report),
    row.batch,
  );
}

/** Marks the steps after `point` undone and those up to it applied. */
export function setHistoryPoint(db: Database.Database, datasetId: string, point: number): void {
  db.prepare('UPDATE recipe_steps SET undone = (seq > ?) WHERE dataset_id = ?').run(
    point,
    datasetId,
  );
}

/** Records that a step's result now lives in another table (after a rebuild). */
export function retargetStep(
  db: Database.Database,
  datasetId: string,
  seq: number,
  table: string,
): void {
  db.prepare('UPDATE recipe_steps SET table_after = ? WHERE dataset_id = ? AND seq = ?').run(
    table,
    datasetId,
    seq,
  );
  db.prepare('UPDATE recipe_steps SET table_before = ? WHERE dataset_id = ? AND seq = ?').run(
    table,
    datasetId,
    seq + 1,
  );
}

/** Forgets history rows after `point` (a redo stack discarded by a new step). */
export function deleteHistoryAfter(db: Database.Database, datasetId: string, point: number): void {
  db.prepare('DELETE FROM recipe_steps WHERE dataset_id = ? AND seq > ?').run(datasetId, point);
}

/** The first and last seq of the group a step belongs to (the step itself when alone). */
export function groupBounds(
  history: readonly HistoryRow[],
  seq: number,
): { first: number; last: number } {
  const group = history[seq - 1]?.batch ?? seq;
  let last = seq;
  while (last < history.length && history[last].batch === group) last += 1;
  return { first: group, last };
}

/** The point the dataset is at: the number of applied (not undone) steps. */
export function currentPoint(history: readonly HistoryRow[]): number {
  let point = 0;
  for (const row of history) if (!row.undone) point = row.seq;
  return point;
}
