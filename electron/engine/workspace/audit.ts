import type { Workspace } from './workspace';

/** One change to record in the workspace's audit log. */
export interface AuditEntry {
  /** What happened, as `domain.verb`: 'dataset.import', 'dataset.delete'… */
  action: string;
  datasetId?: string | null;
  detail?: Record<string, unknown>;
  /**
   * Who did it and when, where that is not the workspace's actor now: a
   * reviewer's comment or decision kept beside a locked workspace and
   * merged later is theirs, at the time they made it.
   */
  actor?: { name: string; email: string };
  at?: string;
}

/**
 * Appends an entry to the audit log, stamped with the workspace's actor and
 * the time. Call it inside the transaction that makes the change.
 */
export function recordAudit(workspace: Workspace, entry: AuditEntry): void {
  workspace.db
    .prepare(
      'INSERT INTO audit_log (at, actor_name, actor_email, action, dataset_id, detail) ' +
        'VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(
      entry.at ?? new Date().toISOString(),
      (entry.actor ?? workspace.actor).name,
      (entry.actor ?? workspace.actor).email,
      entry.action,
      entry.datasetId ?? null,
      JSON.stringify(entry.detail ?? {}),
    );
}
