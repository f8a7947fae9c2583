import type { DatasetRecord } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';

/**
 * Reads a value about a dataset's table stored in the workspace for its
 * current revision, or computes it and stores it there for the next
 * process. `kind` names the value and the version of its computation
 * ("table-facts/2"), so a Ficha that computes it differently never reads
 * an older one's. The computation runs in one read transaction, and the
 * value is stored only when that snapshot was at the record's revision.
 * A read-only handle, or one whose lock was taken over, computes without
 * storing; a failed write is logged and the value returned all the same.
 */
export function storedPerRevision<T>(
  workspace: Workspace,
  record: DatasetRecord,
  kind: string,
  compute: () => T,
): T {
  const db = workspace.db;
  const stored = db
    .prepare('SELECT value FROM fact_cache WHERE dataset_id = ? AND kind = ? AND revision = ?')
    .pluck()
    .get(record.id, kind, record.revision) as string | undefined;
  if (stored !== undefined) return JSON.parse(stored) as T;

  // One snapshot for every query of the computation, and its revision.
  const { value, revision } = db.transaction(() => ({
    value: compute(),
    revision: db.prepare('SELECT revision FROM datasets WHERE id = ?').pluck().get(record.id),
  }))();
  if (revision === record.revision && mayStore(workspace)) store(workspace, record, kind, value);
  return value;
}

/** Whether a value of this kind is stored for the record's current revision. */
export function isStored(workspace: Workspace, record: DatasetRecord, kind: string): boolean {
  return (
    workspace.db
      .prepare('SELECT 1 FROM fact_cache WHERE dataset_id = ? AND kind = ? AND revision = ?')
      .get(record.id, kind, record.revision) !== undefined
  );
}

function mayStore(workspace: Workspace): boolean {
  return !workspace.readOnly && !workspace.db.readonly && !workspace.lockTakenBy?.();
}

function store(workspace: Workspace, record: DatasetRecord, kind: string, value: unknown): void {
  try {
    workspace.db
      .prepare(
        `INSERT INTO fact_cache (dataset_id, kind, revision, value, computed_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (dataset_id, kind) DO UPDATE SET revision = excluded.revision,
           value = excluded.value, computed_at = excluded.computed_at
         WHERE excluded.revision >= fact_cache.revision`,
      )
      .run(record.id, kind, record.revision, JSON.stringify(value), new Date().toISOString());
  } catch (error) {
    if ((error as { name?: string }).name !== 'SqliteError') throw error;
    workspace.logger.warn('[metadata] could not store computed facts; they are kept in memory', {
      kind,
      reason: (error as Error).message,
    });
  }
}
