import { FichaError } from '../../../shared/errors';
import { isDatasetStatus } from '../../../shared/review/status';
import type { DatasetStatus } from '../../../shared/review/status';
import type { Workspace } from '../workspace/workspace';

/** What review needs of a dataset row. */
export interface ReviewedDataset {
  id: string;
  name: string;
  title: string;
  status: DatasetStatus;
  createdBy: string;
  updatedAt: string;
  rows: number;
}

/** Finds a dataset by name or id for review work; DATASET_NOT_FOUND otherwise. */
export function reviewedDataset(workspace: Workspace, dataset: string): ReviewedDataset {
  const row = workspace.db
    .prepare(
      'SELECT id, name, title, status, created_by AS createdBy, updated_at AS updatedAt, ' +
        'row_count AS rows FROM datasets WHERE name = ? OR id = ?',
    )
    .get(dataset, dataset) as (Omit<ReviewedDataset, 'status'> & { status: string }) | undefined;
  if (!row) throw new FichaError('DATASET_NOT_FOUND', { dataset });
  return { ...row, status: isDatasetStatus(row.status) ? row.status : 'borrador' };
}
