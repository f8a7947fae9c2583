import type { AutofillColumn, AutofillInput } from '../../../shared/metadata/autofill';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
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
    columns: perRevision(workspace.db, record, 'samples', () => columnSamples(workspace, record)),
    notes: record.notes,
    embedded: record.embeddedMetadata,
    defaults: readDefaults(workspace),
    temporal: perRevision(workspace.db, record, 'temporal', () =>
      temporalCoverage(workspace, record),
    ),
    spatial: perRevision(workspace.db, record, 'spatial', () => spatialCoverage(workspace, record)),
  };
}

/** Distinct values up to which a text column's values are listed as allowed. */
const ALLOWED_LIMIT = 12;

/**
 * The catalog's columns with an example value each and, for text columns
 * of at most ALLOWED_LIMIT distinct values, the list of those values (the
 * DISTINCT query stops as soon as it has seen one value more).
 */
function columnSamples(workspace: Workspace, record: DatasetRecord): AutofillColumn[] {
  const table = quoteIdent(record.tableName);
  return record.columns.map((c) => {
    const x = quoteIdent(c.name);
    const example = workspace.db
      .prepare(`SELECT ${x} FROM ${table} WHERE ${x} IS NOT NULL AND ${x} <> '' LIMIT 1`)
      .pluck()
      .get();
    const values =
      c.type === 'text'
        ? (workspace.db
            .prepare(
              `SELECT DISTINCT ${x} FROM ${table} WHERE ${x} IS NOT NULL AND ${x} <> ''
               LIMIT ${ALLOWED_LIMIT + 1}`,
            )
            .pluck()
            .all() as string[])
        : [];
    return {
      name: c.name,
      label: c.label,
      type: c.type,
      unit: c.unit,
      description: c.description,
      example: example === undefined || example === null ? '' : String(example),
      values: values.length <= ALLOWED_LIMIT ? values.map(String).sort() : [],
    };
  });
}
