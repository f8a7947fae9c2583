import type { AuditLine } from '../../../shared/review/types';
import type { Workspace } from '../workspace/workspace';

/** Which part of the audit log to read. */
export interface AuditQuery {
  dataset?: string;
  limit?: number;
  offset?: number;
}

interface AuditRow {
  id: number;
  at: string;
  actor_name: string;
  actor_email: string;
  action: string;
  dataset: string | null;
  detail: string;
}

/** The audit log, newest first, with dataset names resolved. */
export function readAuditLog(workspace: Workspace, query: AuditQuery = {}): AuditLine[] {
  const filter = query.dataset ? 'WHERE d.name = @dataset OR a.dataset_id = @dataset' : '';
  const rows = workspace.db
    .prepare(
      'SELECT a.id, a.at, a.actor_name, a.actor_email, a.action, ' +
        'COALESCE(d.name, a.dataset_id) AS dataset, a.detail FROM audit_log a ' +
        `LEFT JOIN datasets d ON d.id = a.dataset_id ${filter} ` +
        'ORDER BY a.id DESC LIMIT @limit OFFSET @offset',
    )
    .all({
      dataset: query.dataset ?? null,
      limit: query.limit ?? 1000,
      offset: query.offset ?? 0,
    }) as AuditRow[];

  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: { name: row.actor_name, email: row.actor_email },
    action: row.action,
    dataset: row.dataset,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }));
}

/** The audit log as CSV (RFC 4180, UTF-8), for the control office. */
export function auditLogCsv(lines: AuditLine[]): string {
  const header = ['fecha', 'persona', 'correo', 'accion', 'conjunto', 'detalle'];
  const body = lines.map((line) => [
    line.at,
    line.actor.name,
    line.actor.email,
    line.action,
    line.dataset ?? '',
    JSON.stringify(line.detail),
  ]);
  return [header, ...body].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Quotes a CSV cell when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
