import { transaction } from '../db/transaction';
import type { Workspace } from '../workspace/workspace';
import { reviewedDataset } from './dataset-ref';
import { readDatedSnapshot, takeSnapshot } from './snapshot';
import type { DatasetSnapshot, DatedSnapshot } from './snapshot';

/** What a dataset looks like now, taken before an export so it records what was exported. */
export function snapshotBeforeExport(workspace: Workspace, datasetRef: string): DatasetSnapshot {
  return takeSnapshot(workspace, reviewedDataset(workspace, datasetRef));
}

/** Records the snapshot of a written export, beside its row of the exports history. */
export function recordExportSnapshot(
  workspace: Workspace,
  exportId: number,
  datasetRef: string,
  snapshot: DatasetSnapshot,
): void {
  const dataset = reviewedDataset(workspace, datasetRef);
  transaction(workspace.db, () => {
    workspace.db
      .prepare(
        'INSERT OR REPLACE INTO export_snapshots (export_id, dataset_id, at, snapshot) ' +
          'VALUES (?, ?, ?, ?)',
      )
      .run(exportId, dataset.id, new Date().toISOString(), JSON.stringify(snapshot));
  });
}

/** The snapshot of a dataset's last export, or null when it was never exported. */
export function lastExportSnapshot(workspace: Workspace, datasetId: string): DatedSnapshot | null {
  return readDatedSnapshot(
    workspace,
    'SELECT at, snapshot FROM export_snapshots WHERE dataset_id = ? ' +
      'ORDER BY at DESC, export_id DESC LIMIT 1',
    datasetId,
  );
}
