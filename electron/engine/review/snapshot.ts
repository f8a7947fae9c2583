import type { Workspace } from '../workspace/workspace';
import type { ReviewedDataset } from './dataset-ref';

/** What a dataset looked like when it was approved or exported. */
export interface DatasetSnapshot {
  fields: Record<string, unknown>;
  steps: string[];
  columns: { name: string; type: string }[];
  rows: number;
}

/** Reads the parts of a dataset that a later change report compares. */
export function takeSnapshot(workspace: Workspace, dataset: ReviewedDataset): DatasetSnapshot {
  const columns = workspace.db
    .prepare('SELECT name, type FROM columns WHERE dataset_id = ? ORDER BY position')
    .all(dataset.id) as { name: string; type: string }[];
  return {
    fields: { title: dataset.title },
    steps: [],
    columns,
    rows: dataset.rows,
  };
}
