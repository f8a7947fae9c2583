import { FichaError } from '../../../shared/errors';
import type { CommentTarget, CommentThread, ReviewComment } from '../../../shared/review/types';
import { transaction } from '../db/transaction';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { reviewedDataset } from './dataset-ref';
import { newReviewId } from './ids';
import { readPendingEvents, writePendingEvent } from './pending';
import type { PendingEvent } from './pending';

/** What a person writes: a new thread on a target, or a reply to a thread. */
export interface NewComment {
  dataset: string;
  text: string;
  target?: CommentTarget;
  replyTo?: string;
}

/** A comment as stored. */
export interface CommentRow {
  id: string;
  dataset_id: string;
  thread_id: string;
  target_kind: string;
  target: string;
  author_name: string;
  author_email: string;
  at: string;
  text: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/**
 * Adds a comment. A reader of a workspace that someone else is editing
 * writes it beside the file (merged on the editor's next open); an editor
 * writes it into the workspace, with an audit entry.
 */
export function addComment(workspace: Workspace, input: NewComment): ReviewComment {
  const dataset = reviewedDataset(workspace, input.dataset);
  const text = input.text.trim();
  if (!text) throw new FichaError('OPTION_INVALID', { option: 'text', reason: 'empty comment' });

  const thread = input.replyTo ? findThread(workspace, dataset.id, input.replyTo) : null;
  const target = thread?.target ?? input.target ?? { kind: 'dataset' as const };
  const id = newReviewId();
  const row: CommentRow = {
    id,
    dataset_id: dataset.id,
    thread_id: thread?.id ?? id,
    target_kind: target.kind,
    target: targetKey(target),
    author_name: workspace.actor.name,
    author_email: workspace.actor.email,
    at: new Date().toISOString(),
    text,
    resolved_at: null,
    resolved_by: null,
  };

  if (workspace.readOnly) {
    writePendingEvent(workspace.path, {
      kind: 'comment',
      id,
      datasetId: row.dataset_id,
      threadId: row.thread_id,
      targetKind: row.target_kind,
      target: row.target,
      authorName: row.author_name,
      authorEmail: row.author_email,
      at: row.at,
      text,
    });
    return toComment(row, true);
  }

  transaction(workspace.db, () => {
    insertComment(workspace, row);
    recordAudit(workspace, {
      action: 'review.comment',
      datasetId: dataset.id,
      detail: { thread: row.thread_id, target: target.kind },
    });
  });
  return toComment(row, false);
}

/** Inserts a comment row unless one with its id is already there; true when inserted. */
export function insertComment(workspace: Workspace, row: CommentRow): boolean {
  return (
    workspace.db
      .prepare(
        'INSERT OR IGNORE INTO comments (id, dataset_id, thread_id, target_kind, target, ' +
          'author_name, author_email, at, text, resolved_at, resolved_by) VALUES ' +
          '(@id, @dataset_id, @thread_id, @target_kind, @target, @author_name, @author_email, ' +
          '@at, @text, @resolved_at, @resolved_by)',
      )
      .run(row).changes > 0
  );
}

/**
 * Inserts a comment made elsewhere (beside a locked workspace, or in a
 * review bundle) and logs it in its author's name at the time they wrote
 * it, saying who brought it in; false when the workspace already had it.
 */
export function mergeComment(workspace: Workspace, row: CommentRow): boolean {
  if (!insertComment(workspace, row)) return false;
  recordAudit(workspace, {
    action: 'review.comment',
    datasetId: row.dataset_id,
    actor: { name: row.author_name, email: row.author_email },
    at: row.at,
    detail: { thread: row.thread_id, target: row.target_kind, mergedBy: workspace.actor.name },
  });
  return true;
}

/** Marks a thread resolved (beside the file when read-only). */
export function resolveThread(workspace: Workspace, datasetName: string, threadId: string): void {
  const dataset = reviewedDataset(workspace, datasetName);
  findThread(workspace, dataset.id, threadId);
  const at = new Date().toISOString();

  if (workspace.readOnly) {
    writePendingEvent(workspace.path, {
      kind: 'resolve',
      id: newReviewId(),
      threadId,
      at,
      by: workspace.actor.name,
    });
    return;
  }

  transaction(workspace.db, () => {
    markResolved(workspace, threadId, at, workspace.actor.name);
    recordAudit(workspace, {
      action: 'review.resolve',
      datasetId: dataset.id,
      detail: { thread: threadId },
    });
  });
}

/** Sets the resolution of every comment of a thread. */
export function markResolved(workspace: Workspace, threadId: string, at: string, by: string): void {
  workspace.db
    .prepare(
      'UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE thread_id = ? AND resolved_at IS NULL',
    )
    .run(at, by, threadId);
}

/** The threads of a dataset, stored and pending, oldest first. */
export function listThreads(
  workspace: Workspace,
  datasetName: string,
  options: { includeResolved?: boolean } = {},
): CommentThread[] {
  const dataset = reviewedDataset(workspace, datasetName);
  const rows = workspace.db
    .prepare('SELECT * FROM comments WHERE dataset_id = ? ORDER BY at, rowid')
    .all(dataset.id) as CommentRow[];
  const comments = rows.map((row) => toComment(row, false));
  const resolvedPending = new Set<string>();

  for (const { event } of readPendingEvents(workspace.path, workspace.logger)) {
    if (event.kind === 'resolve') resolvedPending.add(event.threadId);
    if (event.kind !== 'comment' || event.datasetId !== dataset.id) continue;
    if (comments.some((comment) => comment.id === event.id)) continue;
    comments.push(toComment(pendingRow(event), true));
  }

  const threads = groupThreads(comments, resolvedPending);
  return options.includeResolved ? threads : threads.filter((thread) => !thread.resolved);
}

function groupThreads(comments: ReviewComment[], resolvedPending: Set<string>): CommentThread[] {
  const byThread = new Map<string, ReviewComment[]>();
  for (const comment of comments) {
    byThread.set(comment.threadId, [...(byThread.get(comment.threadId) ?? []), comment]);
  }
  return [...byThread.entries()].map(([id, list]) => ({
    id,
    target: list[0].target,
    resolved: list.every((comment) => comment.resolvedAt !== null) || resolvedPending.has(id),
    comments: list,
  }));
}

function findThread(workspace: Workspace, datasetId: string, threadId: string): CommentThread {
  const row = workspace.db
    .prepare(
      'SELECT * FROM comments WHERE dataset_id = ? AND thread_id = ? ORDER BY at, rowid LIMIT 1',
    )
    .get(datasetId, threadId) as CommentRow | undefined;
  if (!row) {
    throw new FichaError('OPTION_INVALID', { option: 'thread', reason: `no thread ${threadId}` });
  }
  const first = toComment(row, false);
  return { id: threadId, target: first.target, resolved: false, comments: [first] };
}

/** Turns a pending comment event into the row it will become. */
export function pendingRow(event: Extract<PendingEvent, { kind: 'comment' }>): CommentRow {
  return {
    id: event.id,
    dataset_id: event.datasetId,
    thread_id: event.threadId,
    target_kind: event.targetKind,
    target: event.target,
    author_name: event.authorName,
    author_email: event.authorEmail,
    at: event.at,
    text: event.text,
    resolved_at: null,
    resolved_by: null,
  };
}

function targetKey(target: CommentTarget): string {
  if (target.kind === 'field') return target.field;
  if (target.kind === 'column') return target.column;
  if (target.kind === 'row') return String(target.row);
  return '';
}

function parseTarget(kind: string, key: string): CommentTarget {
  if (kind === 'field') return { kind, field: key };
  if (kind === 'column') return { kind, column: key };
  if (kind === 'row') return { kind, row: Number(key) };
  return { kind: 'dataset' };
}

function toComment(row: CommentRow, pending: boolean): ReviewComment {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    threadId: row.thread_id,
    target: parseTarget(row.target_kind, row.target),
    author: { name: row.author_name, email: row.author_email },
    at: row.at,
    text: row.text,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    pending,
  };
}
