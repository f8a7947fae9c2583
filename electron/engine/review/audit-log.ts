import { auditKindActions } from '../../../shared/review/audit-kinds';
import type { AuditKind } from '../../../shared/review/audit-kinds';
import type { AuditLine } from '../../../shared/review/types';
import type { Workspace } from '../workspace/workspace';

/** Which part of the audit log to read. */
export interface AuditQuery {
  dataset?: string;
  /** A person's name or e-mail, matched without regard to case. */
  person?: string;
  kind?: AuditKind;
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
  const conditions: string[] = [];
  const values: unknown[] = [];
  if (query.dataset) {
    conditions.push('(d.name = ? OR a.dataset_id = ?)');
    values.push(query.dataset, query.dataset);
  }
  if (query.person?.trim()) {
    conditions.push('(lower(a.actor_name) = ? OR lower(a.actor_email) = ?)');
    const person = query.person.trim().toLowerCase();
    values.push(person, person);
  }
  if (query.kind) {
    const kind = kindCondition(query.kind);
    conditions.push(kind.sql);
    values.push(...kind.values);
  }

  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows = workspace.db
    .prepare(
      'SELECT a.id, a.at, a.actor_name, a.actor_email, a.action, ' +
        'COALESCE(d.name, a.dataset_id) AS dataset, a.detail FROM audit_log a ' +
        `LEFT JOIN datasets d ON d.id = a.dataset_id ${where} ` +
        'ORDER BY a.id DESC LIMIT ? OFFSET ?',
    )
    .all(...values, query.limit ?? 1000, query.offset ?? 0) as AuditRow[];

  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: { name: row.actor_name, email: row.actor_email },
    action: row.action,
    dataset: row.dataset,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }));
}

/** SQL that keeps the actions of one kind; 'other' keeps what no kind lists. */
function kindCondition(kind: AuditKind): { sql: string; values: string[] } {
  const patterns =
    kind === 'other' ? Object.values(auditKindActions).flat() : auditKindActions[kind];
  // instr(...) = 1 matches a prefix without LIKE's wildcards.
  const sql = patterns
    .map((pattern) => (pattern.endsWith('.') ? 'instr(a.action, ?) = 1' : 'a.action = ?'))
    .join(' OR ');
  return { sql: kind === 'other' ? `NOT (${sql})` : `(${sql})`, values: patterns };
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
