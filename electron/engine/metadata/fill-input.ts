import type { AutofillInput } from '../../../shared/metadata/autofill';
import type { DatasetRecord } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';
import { temporalCoverage, spatialCoverage } from './coverage';
import { readDefaults } from './defaults';
import { perRevision } from './revision-cache';

/** Gathers what auto-fill needs from the workspace: catalog, notes, coverage, defaults. */
export function autofillInput(workspace: Workspace, record: DatasetRecord): AutofillInput {
  return {
    dataset: {
      name: record.name,
      title: record.title,
      sourceFile: record.sourceFile,
      createdAt: record.createdAt,
    },
    columns: record.columns.map((c) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      unit: c.unit,
      description: c.description,
    })),
    notes: record.notes,
    embedded: record.embeddedMetadata,
    defaults: readDefaults(workspace),
    temporal: perRevision(workspace.db, record, 'temporal', () =>
      temporalCoverage(workspace, record),
    ),
    spatial: perRevision(workspace.db, record, 'spatial', () => spatialCoverage(workspace, record)),
  };
}
