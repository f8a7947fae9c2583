import { z } from 'zod';
import type { ColumnProfile, DatasetSummary, RowWindow } from '../table';
import { request } from './define';

/** What a window shows about its open workspace. */
export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  readOnly: boolean;
  /** Who holds the edit lock when this one is read-only. */
  lockHolder: { name: string; since: string } | null;
  datasets: number;
}

/** A dataset with its columns' profiles, as `ficha describe` prints it. */
export interface DatasetDescription {
  dataset: DatasetSummary;
  rows: number;
  columns: ColumnProfile[];
  notes: string[];
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
};
