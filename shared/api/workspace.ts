import { z } from 'zod';
import type { CellValue, ColumnInfo, ColumnProfile, DatasetSummary, RowWindow } from '../table';
import { request } from './define';

/** What a window shows about its open workspace. */
export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  readOnly: boolean;
  /** Who holds the edit lock when this one is read-only. */
  lockHolder: LockHolderInfo | null;
  /** Whether this face may take the lock over (`workspace.takeOver`). */
  canTakeOver: boolean;
  datasets: number;
}

/** Who holds a workspace's edit lock, as a reader is told. */
export interface LockHolderInfo {
  name: string;
  email: string;
  /** The machine the lock was taken on. */
  host: string;
  /** ISO 8601 time the lock was taken. */
  since: string;
  /** Taken on this machine by an app that no longer runs. */
  stale: boolean;
}

/** A dataset with its columns' profiles, as `ficha describe` prints it. */
export interface DatasetDescription {
  dataset: DatasetSummary;
  rows: number;
  columns: ColumnProfile[];
  notes: string[];
}

/** What the app's column panel shows about one column, computed in SQLite. */
export interface ColumnStatistics {
  dataset: string;
  column: ColumnInfo & { description: string; unit: string | null };
  rows: number;
  /** Cells that are null or empty text. */
  empty: number;
  /** Distinct non-empty values. */
  distinct: number;
  /** The most frequent non-empty values, most frequent first. */
  top: { value: CellValue; count: number }[];
  /** Non-empty cells whose value is not among `top`. */
  otherCount: number;
  /** For cells holding numbers: range, mean and a histogram of equal-width bins. */
  numeric: {
    count: number;
    min: number;
    max: number;
    mean: number;
    histogram: { from: number; to: number; count: number }[];
  } | null;
  /** For date and datetime columns: the earliest and latest ISO values. */
  dates: { count: number; min: string; max: string } | null;
  /** Lengths of text cells, shortest and longest. */
  text: { count: number; minLength: number; maxLength: number } | null;
}

const datasetParam = z.object({ dataset: z.string().min(1) });

/** A filter the grid and operations share: rows where a column matches. */
export const rowFilter = z.object({
  column: z.string(),
  op: z.enum(['equals', 'contains', 'empty', 'notEmpty', 'in', 'gt', 'lt', 'matches']),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

/** Requests about the workspace and reading its datasets. */
export const workspaceRequests = {
  'workspace.info': request<WorkspaceInfo>()({ params: z.object({}), writes: false }),
  // Reopens a read-only workspace for editing: it changes the lock, never the
  // workspace, so a reader may ask; a read-only web host refuses it.
  'workspace.takeOver': request<WorkspaceInfo>()({
    params: z.object({ since: z.string().optional() }),
    writes: false,
  }),
  'datasets.list': request<DatasetSummary[]>()({ params: z.object({}), writes: false }),
  'dataset.describe': request<DatasetDescription>()({ params: datasetParam, writes: false }),
  'dataset.rows': request<RowWindow>()({
    params: datasetParam.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(10_000).default(100),
      sort: z
        .object({ column: z.string(), direction: z.enum(['asc', 'desc']).default('asc') })
        .optional(),
      filters: z.array(rowFilter).default([]),
      search: z.string().optional(),
    }),
    writes: false,
  }),
  'dataset.delete': request<{ deleted: string }>()({ params: datasetParam, writes: true }),
  // Writes the original file beside the workspace's machine; the workspace is only read.
  'dataset.original': request<{ file: string; fileName: string; size: number; sha256: string }>()({
    params: datasetParam.extend({ out: z.string().min(1), jobId: z.string().optional() }),
    writes: false,
    long: true,
  }),
  // Like dataset.original, but the file comes back as bytes, for a browser to download.
  'dataset.originalFile': request<{ name: string; mediaType: string; base64: string }>()({
    params: datasetParam,
    writes: false,
  }),
  'dataset.columnProfile': request<ColumnStatistics>()({
    params: datasetParam.extend({
      column: z.string().min(1),
      top: z.number().int().min(1).max(1000).default(10),
      bins: z.number().int().min(1).max(200).default(10),
    }),
    writes: false,
  }),
};
