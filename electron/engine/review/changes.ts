import type { ChangeReport } from '../../../shared/review/types';
import type { Workspace } from '../workspace/workspace';
import { reviewedDataset } from './dataset-ref';
import { lastExportSnapshot } from './export-snapshots';
import { readDatedSnapshot, takeSnapshot } from './snapshot';
import type { DatasetSnapshot, DatedSnapshot } from './snapshot';

/** What a change report compares against: the last approval or the last export. */
export type ChangesSince = 'approval' | 'export';

/**
 * What changed in a dataset since it was last approved or exported: fields
 * of the ficha, steps of the recipe, columns, and the row count, so a
 * reviewer sees at a glance what to look at again.
 */
export function changesSince(
  workspace: Workspace,
  datasetName: string,
  since: ChangesSince = 'approval',
): ChangeReport {
  const dataset = reviewedDataset(workspace, datasetName);
  const last =
    since === 'export'
      ? lastExportSnapshot(workspace, dataset.id)
      : lastApproval(workspace, dataset.id);
  const now = takeSnapshot(workspace, dataset);

  if (!last) {
    return {
      since: { kind: 'none', at: null },
      fields: [],
      steps: { added: now.steps, removed: [] },
      columns: { added: now.columns.map((column) => column.name), removed: [], retyped: [] },
      rows: { before: null, after: now.rows },
    };
  }
  return { since: { kind: since, at: last.at }, ...compareSnapshots(last.snapshot, now) };
}

/** What a dataset changed since its last approval. */
export function changesSinceApproval(workspace: Workspace, datasetName: string): ChangeReport {
  return changesSince(workspace, datasetName, 'approval');
}

function lastApproval(workspace: Workspace, datasetId: string): DatedSnapshot | null {
  return readDatedSnapshot(
    workspace,
    "SELECT at, snapshot FROM status_events WHERE dataset_id = ? AND to_status = 'aprobado' " +
      'AND snapshot IS NOT NULL ORDER BY at DESC, rowid DESC LIMIT 1',
    datasetId,
  );
}

/** The differences between two snapshots of a dataset. */
export function compareSnapshots(
  before: DatasetSnapshot,
  after: DatasetSnapshot,
): Omit<ChangeReport, 'since'> {
  const fieldNames = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  const fields = [...fieldNames]
    .filter((field) => JSON.stringify(before.fields[field]) !== JSON.stringify(after.fields[field]))
    .map((field) => ({
      field,
      before: before.fields[field] ?? null,
      after: after.fields[field] ?? null,
    }));

  const beforeColumns = new Map(before.columns.map((column) => [column.name, column.type]));
  const afterColumns = new Map(after.columns.map((column) => [column.name, column.type]));

  return {
    fields,
    steps: {
      added: after.steps.filter((step) => !before.steps.includes(step)),
      removed: before.steps.filter((step) => !after.steps.includes(step)),
    },
    columns: {
      added: [...afterColumns.keys()].filter((name) => !beforeColumns.has(name)),
      removed: [...beforeColumns.keys()].filter((name) => !afterColumns.has(name)),
      retyped: [...afterColumns.entries()]
        .filter(([name, type]) => beforeColumns.has(name) && beforeColumns.get(name) !== type)
        .map(([name, type]) => ({ name, before: beforeColumns.get(name) ?? '', after: type })),
    },
    rows: { before: before.rows, after: after.rows },
  };
}
