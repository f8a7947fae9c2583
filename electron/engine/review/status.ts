import { FichaError } from '../../../shared/errors';
import { canMove, nextStatuses, statusLabels } from '../../../shared/review/status';
import type { DatasetStatus, ReviewRole } from '../../../shared/review/status';
import type { ReviewState, StatusEvent } from '../../../shared/review/types';
import { transaction } from '../db/transaction';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { listThreads } from './comments';
import { reviewedDataset } from './dataset-ref';
import type { ReviewedDataset } from './dataset-ref';
import { newReviewId } from './ids';
import { readPendingEvents, writePendingEvent } from './pending';
import type { PendingEvent } from './pending';
import { resolveRole } from './roles';
import { takeSnapshot } from './snapshot';

/** A request to move a dataset to another status. */
export interface StatusChange {
  dataset: string;
  to: DatasetStatus;
  note?: string;
  /** The dataset's page on the portal, required when marking it published. */
  portalUrl?: string;
  as?: ReviewRole;
}

/** A status change as stored. */
export interface StatusRow {
  id: string;
  dataset_id: string;
  from_status: DatasetStatus;
  to_status: DatasetStatus;
  at: string;
  actor_name: string;
  actor_email: string;
  note: string;
  portal_url: string;
}

/**
 * Moves a dataset to another status if the person's role allows it. An
 * approval keeps a snapshot so that later changes can be shown against it.
 * A reader of a workspace someone else edits records the move beside the
 * file; it takes effect when the editor next opens the workspace.
 */
export function setStatus(workspace: Workspace, change: StatusChange): StatusEvent {
  const dataset = reviewedDataset(workspace, change.dataset);
  const role = resolveRole(workspace, dataset, change.as);
  checkMove(dataset, change.to, role, change.portalUrl);

  const row: StatusRow = {
    id: newReviewId(),
    dataset_id: dataset.id,
    from_status: dataset.status,
    to_status: change.to,
    at: new Date().toISOString(),
    actor_name: workspace.actor.name,
    actor_email: workspace.actor.email,
    note: change.note?.trim() ?? '',
    portal_url: change.portalUrl?.trim() ?? '',
  };

  if (workspace.readOnly) {
    writePendingEvent(workspace.path, {
      kind: 'status',
      id: row.id,
      datasetId: row.dataset_id,
      from: row.from_status,
      to: row.to_status,
      at: row.at,
      actorName: row.actor_name,
      actorEmail: row.actor_email,
      note: row.note,
      portalUrl: row.portal_url,
      role,
    });
    return toEvent(row, true);
  }

  transaction(workspace.db, () => applyStatus(workspace, dataset, row));
  return toEvent(row, false);
}

/** Refuses a move the role may not make, or a publication without its URL. */
export function checkMove(
  dataset: ReviewedDataset,
  to: DatasetStatus,
  role: ReviewRole,
  portalUrl?: string,
): void {
  if (!canMove(dataset.status, to, role)) {
    throw new FichaError('STATUS_NOT_ALLOWED', {
      dataset: dataset.name,
      from: statusLabels[dataset.status].es,
      to: statusLabels[to].es,
      fromEn: statusLabels[dataset.status].en,
      toEn: statusLabels[to].en,
      role,
    });
  }
  if (to === 'publicado' && !portalUrl?.trim()) {
    throw new FichaError('OPTION_INVALID', {
      option: 'portal-url',
      reason: 'marking a dataset published needs the URL of its page on the portal',
    });
  }
}

/**
 * Writes a status change, its snapshot when approving, and the audit entry
 * in the name of who decided it; `mergedBy` names the editor who brought in
 * a decision made beside the workspace.
 */
export function applyStatus(
  workspace: Workspace,
  dataset: ReviewedDataset,
  row: StatusRow,
  mergedBy?: string,
): void {
  const snapshot =
    row.to_status === 'aprobado' ? JSON.stringify(takeSnapshot(workspace, dataset)) : null;
  const inserted = workspace.db
    .prepare(
      'INSERT OR IGNORE INTO status_events (id, dataset_id, from_status, to_status, at, actor_name, ' +
        'actor_email, note, portal_url, snapshot) VALUES (@id, @dataset_id, @from_status, @to_status, ' +
        '@at, @actor_name, @actor_email, @note, @portal_url, @snapshot)',
    )
    .run({ ...row, snapshot });
  if (inserted.changes === 0) return;

  workspace.db
    .prepare('UPDATE datasets SET status = ? WHERE id = ?')
    .run(row.to_status, dataset.id);
  recordAudit(workspace, {
    action: 'review.status',
    datasetId: dataset.id,
    actor: { name: row.actor_name, email: row.actor_email },
    at: row.at,
    detail: {
      from: row.from_status,
      to: row.to_status,
      by: row.actor_name,
      note: row.note,
      ...(mergedBy ? { mergedBy } : {}),
    },
  });
}

/** The review state of a dataset for the person looking at it. */
export function reviewState(workspace: Workspace, datasetName: string): ReviewState {
  const dataset = reviewedDataset(workspace, datasetName);
  const role = resolveRole(workspace, dataset);
  const history = statusHistory(workspace, dataset.id);
  const published = [...history]
    .reverse()
    .find((event) => event.to === 'publicado' && !event.pending);

  return {
    status: dataset.status,
    role,
    next: nextStatuses(dataset.status, role),
    publishedAt: dataset.status === 'publicado' && published ? published.at : null,
    portalUrl: published?.portalUrl || null,
    history,
    openThreads: listThreads(workspace, dataset.name).length,
  };
}

/** Every status change of a dataset, stored and pending, oldest first. */
export function statusHistory(workspace: Workspace, datasetId: string): StatusEvent[] {
  const rows = workspace.db
    .prepare('SELECT * FROM status_events WHERE dataset_id = ? ORDER BY at, rowid')
    .all(datasetId) as StatusRow[];
  const events = rows.map((row) => toEvent(row, false));

  for (const { event } of readPendingEvents(workspace.path, workspace.logger)) {
    if (event.kind !== 'status' || event.datasetId !== datasetId) continue;
    if (events.some((known) => known.id === event.id)) continue;
    events.push(toEvent(pendingStatusRow(event), true));
  }
  return events;
}

/** Turns a pending status event into the row it will become. */
export function pendingStatusRow(event: Extract<PendingEvent, { kind: 'status' }>): StatusRow {
  return {
    id: event.id,
    dataset_id: event.datasetId,
    from_status: event.from as DatasetStatus,
    to_status: event.to as DatasetStatus,
    at: event.at,
    actor_name: event.actorName,
    actor_email: event.actorEmail,
    note: event.note,
    portal_url: event.portalUrl,
  };
}

function toEvent(row: StatusRow, pending: boolean): StatusEvent {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    from: row.from_status,
    to: row.to_status,
    at: row.at,
    actor: { name: row.actor_name, email: row.actor_email },
    note: row.note,
    portalUrl: row.portal_url,
    pending,
  };
}
