import { FichaError } from '../../../shared/errors';
import { transaction } from '../db/transaction';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { newReviewId } from './ids';

/** A dataset the institution plans to publish, before any file exists. */
export interface PlannedDataset {
  id: string;
  title: string;
  area: string;
  description: string;
  resource: string;
  periodicity: string;
  updateMonths: number[];
  /** YYYY-MM, as the inventory template asks. */
  estimatedPublication: string;
  private: boolean;
  privateReason: string;
  platform: string;
  /** The workspace dataset that fulfils the plan, once imported. */
  datasetId: string | null;
}

interface PlannedRow {
  id: string;
  title: string;
  area: string;
  description: string;
  resource: string;
  periodicity: string;
  update_months: string;
  estimated_publication: string;
  private: number;
  private_reason: string;
  platform: string;
  dataset_id: string | null;
}

/** Adds a planned dataset to the inventory. */
export function addPlannedDataset(
  workspace: Workspace,
  input: Partial<Omit<PlannedDataset, 'id' | 'datasetId'>> & { title: string },
): PlannedDataset {
  const title = input.title.trim();
  if (!title)
    throw new FichaError('OPTION_INVALID', {
      option: 'title',
      reason: 'a planned dataset needs a title',
    });
  if (input.estimatedPublication && !/^\d{4}-(0[1-9]|1[0-2])$/.test(input.estimatedPublication)) {
    throw new FichaError('OPTION_INVALID', {
      option: 'estimated-publication',
      reason: 'use YYYY-MM',
    });
  }

  const planned: PlannedDataset = {
    id: newReviewId(),
    title,
    area: input.area ?? '',
    description: input.description ?? '',
    resource: input.resource ?? '',
    periodicity: input.periodicity ?? '',
    updateMonths: input.updateMonths ?? [],
    estimatedPublication: input.estimatedPublication ?? '',
    private: input.private ?? false,
    privateReason: input.privateReason ?? '',
    platform: input.platform ?? '',
    datasetId: null,
  };

  transaction(workspace.db, () => {
    workspace.db
      .prepare(
        'INSERT INTO planned_datasets (id, title, area, description, resource, periodicity, ' +
          'update_months, estimated_publication, private, private_reason, platform, dataset_id, ' +
          'created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
      )
      .run(
        planned.id,
        planned.title,
        planned.area,
        planned.description,
        planned.resource,
        planned.periodicity,
        JSON.stringify(planned.updateMonths),
        planned.estimatedPublication,
        planned.private ? 1 : 0,
        planned.privateReason,
        planned.platform,
        new Date().toISOString(),
        workspace.actor.name,
      );
    recordAudit(workspace, { action: 'inventory.plan', detail: { id: planned.id, title } });
  });
  return planned;
}

/** Links a planned dataset to the workspace dataset that fulfils it. */
export function linkPlannedDataset(
  workspace: Workspace,
  plannedId: string,
  datasetId: string,
): void {
  const result = workspace.db
    .prepare('UPDATE planned_datasets SET dataset_id = ? WHERE id = ?')
    .run(datasetId, plannedId);
  if (result.changes === 0) {
    throw new FichaError('OPTION_INVALID', {
      option: 'plan',
      reason: `no planned dataset ${plannedId}`,
    });
  }
}

/** Every planned dataset, in the order they were added. */
export function listPlannedDatasets(workspace: Workspace): PlannedDataset[] {
  const rows = workspace.db
    .prepare('SELECT * FROM planned_datasets ORDER BY created_at, rowid')
    .all() as PlannedRow[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    area: row.area,
    description: row.description,
    resource: row.resource,
    periodicity: row.periodicity,
    updateMonths: JSON.parse(row.update_months) as number[],
    estimatedPublication: row.estimated_publication,
    private: row.private === 1,
    privateReason: row.private_reason,
    platform: row.platform,
    datasetId: row.dataset_id,
  }));
}
