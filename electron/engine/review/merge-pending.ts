import { canMove, isDatasetStatus } from '../../../shared/review/status';
import type { ReviewRole } from '../../../shared/review/status';
import { transaction } from '../db/transaction';
import type { Workspace } from '../workspace/workspace';
import { recordAudit } from '../workspace/audit';
import { insertComment, markResolved, mergeComment, pendingRow } from './comments';
import { reviewedDataset } from './dataset-ref';
import { newReviewId } from './ids';
import { readPendingEvents, removePendingFiles } from './pending';
import { applyStatus, pendingStatusRow } from './status';

/** What a merge of pending review events did. */
export interface MergeReport {
  comments: number;
  resolutions: number;
  statusChanges: number;
  /** Status changes that no longer applied, kept as comments instead. */
  refused: number;
}

/**
 * Brings the comments, resolutions and status changes written beside the
 * workspace by readers into it, in one transaction, then removes their
 * files. A status change that no longer fits (the dataset moved on while
 * the reader looked) is not lost: it becomes a comment that says so.
 */
export function mergePendingEvents(workspace: Workspace): MergeReport {
  const report: MergeReport = { comments: 0, resolutions: 0, statusChanges: 0, refused: 0 };
  if (workspace.readOnly) return report;
  const pending = readPendingEvents(workspace.path, workspace.logger);
  if (pending.length === 0) return report;

  const known = new Set(workspace.db.prepare('SELECT id FROM datasets').pluck().all() as string[]);
  // What readers did stays theirs in the audit log; the line says who brought it in.
  const mergedBy = workspace.actor.name;
  transaction(workspace.db, () => {
    for (const { event } of pending) {
      // Events about a dataset deleted since are dropped: there is nothing left to attach them to.
      if ('datasetId' in event && !known.has(event.datasetId)) {
        workspace.logger.warn('[review] dropped a waiting review event of a deleted dataset', {
          kind: event.kind,
        });
        continue;
      }
      if (event.kind === 'comment') {
        mergeComment(workspace, pendingRow(event));
        report.comments += 1;
      } else if (event.kind === 'resolve') {
        markResolved(workspace, event.threadId, event.at, event.by);
        recordAudit(workspace, {
          action: 'review.resolve',
          datasetId: threadDataset(workspace, event.threadId),
          actor: { name: event.by, email: '' },
          at: event.at,
          detail: { thread: event.threadId, mergedBy },
        });
        report.resolutions += 1;
      } else {
        mergeStatus(workspace, event, report, mergedBy);
      }
    }
  });

  removePendingFiles(pending.map(({ file }) => file));
  workspace.logger.info('[review] merged pending review events', { ...report });
  return report;
}

/** The dataset a comment thread belongs to, for the audit line of its resolution. */
function threadDataset(workspace: Workspace, threadId: string): string | null {
  const row = workspace.db
    .prepare('SELECT dataset_id FROM comments WHERE thread_id = ? LIMIT 1')
    .get(threadId) as { dataset_id: string } | undefined;
  return row?.dataset_id ?? null;
}

function mergeStatus(
  workspace: Workspace,
  event: Parameters<typeof pendingStatusRow>[0],
  report: MergeReport,
  mergedBy: string,
): void {
  const dataset = reviewedDataset(workspace, event.datasetId);
  const fits =
    isDatasetStatus(event.to) &&
    dataset.status === event.from &&
    canMove(dataset.status, event.to, event.role as ReviewRole);

  if (fits) {
    applyStatus(workspace, dataset, pendingStatusRow(event), mergedBy);
    report.statusChanges += 1;
    return;
  }

  keepRefusedStatus(workspace, dataset.id, dataset.status, {
    from: event.from,
    to: event.to,
    at: event.at,
    actorName: event.actorName,
    actorEmail: event.actorEmail,
    note: event.note,
  });
  report.refused += 1;
}

/**
 * Keeps a status change that could not be applied as a comment on the
 * dataset, so that the reviewer's decision is never lost.
 */
export function keepRefusedStatus(
  workspace: Workspace,
  datasetId: string,
  current: string,
  event: {
    from: string;
    to: string;
    at: string;
    actorName: string;
    actorEmail: string;
    note: string;
  },
): void {
  const id = newReviewId();
  insertComment(workspace, {
    id,
    dataset_id: datasetId,
    thread_id: id,
    target_kind: 'dataset',
    target: '',
    author_name: event.actorName,
    author_email: event.actorEmail,
    at: event.at,
    text:
      `Cambio de estado no aplicado (${event.from} → ${event.to}): el conjunto ya estaba en ` +
      `«${current}».${event.note ? ` Nota: ${event.note}` : ''}`,
    resolved_at: null,
    resolved_by: null,
  });
}
