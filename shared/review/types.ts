import type { DatasetStatus, ReviewRole } from './status';

/** What a comment is about. */
export type CommentTarget =
  | { kind: 'dataset' }
  | { kind: 'field'; field: string }
  | { kind: 'column'; column: string }
  | { kind: 'row'; row: number };

/** A comment in a thread; the first comment's id is the thread's id. */
export interface ReviewComment {
  id: string;
  datasetId: string;
  threadId: string;
  target: CommentTarget;
  author: { name: string; email: string };
  at: string;
  text: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** True while it waits beside a workspace someone else is editing. */
  pending: boolean;
}

/** A thread of comments on one target, open until resolved. */
export interface CommentThread {
  id: string;
  target: CommentTarget;
  resolved: boolean;
  comments: ReviewComment[];
}

/** A change of status, with who made it and why. */
export interface StatusEvent {
  id: string;
  datasetId: string;
  from: DatasetStatus;
  to: DatasetStatus;
  at: string;
  actor: { name: string; email: string };
  note: string;
  portalUrl: string;
  pending: boolean;
}

/** A dataset's review state as the Revisión tab shows it. */
export interface ReviewState {
  status: DatasetStatus;
  role: ReviewRole;
  /** Statuses this person may move the dataset to now. */
  next: DatasetStatus[];
  publishedAt: string | null;
  portalUrl: string | null;
  history: StatusEvent[];
  openThreads: number;
}

/** One line of the audit log. */
export interface AuditLine {
  id: number;
  at: string;
  actor: { name: string; email: string };
  action: string;
  dataset: string | null;
  detail: Record<string, unknown>;
}

/** One dataset, published or planned, in the institution's catalog view. */
export interface CatalogEntry {
  id: string;
  /** Workspace dataset name, or null for a planned dataset without a file. */
  dataset: string | null;
  title: string;
  area: string;
  status: DatasetStatus;
  periodicity: string;
  updateMonths: number[];
  lastUpdate: string | null;
  nextDue: string | null;
  overdue: boolean;
  portalUrl: string | null;
  downloads: number | null;
}

/** Updates due in one month of the calendar. */
export interface CalendarMonth {
  month: number;
  entries: { id: string; title: string; area: string; due: string | null; overdue: boolean }[];
}

/** What changed since the last approval or export. */
export interface ChangeReport {
  since: { kind: 'approval' | 'export' | 'none'; at: string | null };
  fields: { field: string; before: unknown; after: unknown }[];
  steps: { added: string[]; removed: string[] };
  columns: {
    added: string[];
    removed: string[];
    retyped: { name: string; before: string; after: string }[];
  };
  rows: { before: number | null; after: number };
}
