import { getFicha } from '../metadata/ficha-store';
import { listHistory } from '../recipes/history';
import type { Workspace } from '../workspace/workspace';
import type { ReviewedDataset } from './dataset-ref';

/** What a dataset looked like when it was approved. */
export interface DatasetSnapshot {
  fields: Record<string, unknown>;
  /** The recipe's active steps, as their history labels. */
  steps: string[];
  columns: { name: string; type: string }[];
  rows: number;
}

/** Fields of the ficha that change by themselves at export and say nothing to a reviewer. */
const ignoredFields = new Set(['sources', 'distributions']);

/** Reads the parts of a dataset that a later change report compares. */
export function takeSnapshot(workspace: Workspace, dataset: ReviewedDataset): DatasetSnapshot {
  const columns = workspace.db
    .prepare('SELECT name, type FROM columns WHERE dataset_id = ? ORDER BY position')
    .all(dataset.id) as { name: string; type: string }[];
  const { ficha } = getFicha(workspace, dataset.id);
  const fields = Object.fromEntries(
    Object.entries(ficha).filter(([field]) => !ignoredFields.has(field)),
  );
  const steps = listHistory(workspace, dataset.id)
    .steps.filter((step) => !step.undone)
    .map((step) => `${step.seq}. ${step.label.es}`);

  return { fields, steps, columns, rows: dataset.rows };
}

/** A snapshot kept by an approval or an export, with when it was taken. */
export interface DatedSnapshot {
  at: string;
  snapshot: DatasetSnapshot;
}

/** The first row of a query that selects `at` and `snapshot` for a dataset, parsed. */
export function readDatedSnapshot(
  workspace: Workspace,
  sql: string,
  datasetId: string,
): DatedSnapshot | null {
  const row = workspace.db.prepare(sql).get(datasetId) as
    { at: string; snapshot: string } | undefined;
  return row ? { at: row.at, snapshot: JSON.parse(row.snapshot) as DatasetSnapshot } : null;
}
