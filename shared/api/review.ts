import { z } from 'zod';
import type { ProgressReport } from '../inventory/progress';
import { auditKinds } from '../review/audit-kinds';
import { datasetStatuses } from '../review/status';
import type {
  AuditLine,
  CalendarMonth,
  CatalogEntry,
  ChangeReport,
  CommentThread,
  ReviewComment,
  ReviewState,
  StatusEvent,
} from '../review/types';
import { request } from './define';

const dataset = z.string().min(1);

/** What a comment may be attached to. */
export const commentTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dataset') }),
  z.object({ kind: z.literal('field'), field: z.string().min(1) }),
  z.object({ kind: z.literal('column'), column: z.string().min(1) }),
  z.object({ kind: z.literal('row'), row: z.number().int().min(1) }),
]);

/** Which part of the audit log to read: one dataset, one person, one kind of work. */
const logQuery = {
  dataset: z.string().optional(),
  person: z.string().optional(),
  kind: z.enum(auditKinds).optional(),
};

/** A file the engine made, sent to the interface to offer as a download. */
export interface DownloadFile {
  /** A suggested file name. */
  name: string;
  mediaType: string;
  /** The file's bytes in base64. */
  base64: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

/** Requests of review, approval and the institution's inventory. */
export const reviewRequests = {
  'review.state': request<ReviewState>()({ params: z.object({ dataset }), writes: false }),
  'review.setStatus': request<StatusEvent>()({
    params: z.object({
      dataset,
      to: z.enum(datasetStatuses),
      note: z.string().max(2000).optional(),
      portalUrl: z.string().max(500).optional(),
      as: z.enum(['author', 'reviewer', 'liaison']).optional(),
    }),
    writes: 'review',
  }),
  'review.comment': request<ReviewComment>()({
    params: z.object({
      dataset,
      text: z.string().min(1).max(10_000),
      target: commentTarget.optional(),
      replyTo: z.string().optional(),
    }),
    writes: 'review',
  }),
  'review.comments': request<CommentThread[]>()({
    params: z.object({ dataset, includeResolved: z.boolean().default(false) }),
    writes: false,
  }),
  'review.resolve': request<{ resolved: string }>()({
    params: z.object({ dataset, threadId: z.string().min(1) }),
    writes: 'review',
  }),
  'review.changes': request<ChangeReport>()({
    params: z.object({ dataset, since: z.enum(['approval', 'export']).default('approval') }),
    writes: false,
  }),
  'review.log': request<AuditLine[]>()({
    params: z.object({
      ...logQuery,
      limit: z.number().int().min(1).max(100_000).default(1000),
      offset: z.number().int().min(0).default(0),
    }),
    writes: false,
  }),
  'review.logCsv': request<{ csv: string; lines: number }>()({
    params: z.object({ ...logQuery, limit: z.number().int().min(1).max(100_000).default(100_000) }),
    writes: false,
  }),
  'review.bundle': request<{ file: string; rows: number }>()({
    params: z.object({ dataset, out: z.string().min(1) }),
    // Writes a new file beside, never the workspace, so a reader may make one.
    writes: false,
  }),
  'review.bundleFile': request<DownloadFile & { rows: number }>()({
    params: z.object({ dataset }),
    // Like review.bundle, but the bundle comes back as bytes, for a browser to download.
    writes: false,
  }),
  'review.merge': request<{
    dataset: string;
    comments: number;
    resolutions: number;
    statusChanges: number;
    refused: number;
  }>()({ params: z.object({ file: z.string().min(1) }), writes: true }),
  'review.liaisons': request<{ liaisons: string[] }>()({ params: z.object({}), writes: false }),
  'review.setLiaisons': request<{ liaisons: string[] }>()({
    params: z.object({ liaisons: z.array(z.string().min(1)) }),
    writes: true,
  }),
  'inventory.catalog': request<CatalogEntry[]>()({
    params: z.object({ today: isoDate.optional() }),
    writes: false,
  }),
  'inventory.calendar': request<{ year: number; months: CalendarMonth[] }>()({
    params: z.object({
      year: z.number().int().min(2000).max(2100).optional(),
      today: isoDate.optional(),
    }),
    writes: false,
  }),
  'inventory.progress': request<{ progress: ProgressReport; html: string }>()({
    params: z.object({ today: isoDate.optional() }),
    writes: false,
  }),
  'inventory.export': request<{ file: string; rows: number; format: string }>()({
    params: z.object({ out: z.string().regex(/\.(csv|xlsx)$/i, 'use a .csv or .xlsx file') }),
    writes: false,
  }),
  'inventory.file': request<DownloadFile & { rows: number }>()({
    params: z.object({
      part: z.enum(['inventory', 'plan']),
      format: z.enum(['csv', 'xlsx']),
      today: isoDate.optional(),
    }),
    writes: false,
  }),
  'inventory.plan': request<{ id: string; title: string }>()({
    params: z.object({
      title: z.string().min(1).max(500),
      area: z.string().max(500).optional(),
      description: z.string().max(5000).optional(),
      resource: z.string().max(500).optional(),
      periodicity: z.string().max(50).optional(),
      updateMonths: z.array(z.number().int().min(1).max(12)).optional(),
      estimatedPublication: z.string().optional(),
      private: z.boolean().optional(),
      privateReason: z.string().max(2000).optional(),
      platform: z.string().max(500).optional(),
    }),
    writes: true,
  }),
  'inventory.downloads': request<{ matched: number; unmatched: string[] }>()({
    params: z.object({ file: z.string().min(1) }),
    writes: true,
  }),
};
