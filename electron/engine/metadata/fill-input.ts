import type { AutofillInput } from '../../../shared/metadata/autofill';
import type { Spatial, Temporal } from '../../../shared/metadata/model';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { temporalCoverage, spatialCoverage } from './coverage';
import { readDefaults } from './defaults';
import { storedPerRevision } from './fact-cache';
import { perRevision } from './revision-cache';
import { ALLOWED_LIMIT, rememberedValueLists } from './value-lists';

/** Gathers what auto-fill needs from the workspace: catalog, notes, coverage, defaults. */
export function autofillInput(workspace: Workspace, record: DatasetRecord): AutofillInput {
  const read = tableFill(workspace, record);
  return {
    dataset: {
      name: record.name,
      title: record.title,
      sourceFile: record.sourceFile,
      createdAt: record.createdAt,
    },
    columns: record.columns.map((c, i) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      unit: c.unit,
      description: c.description,
      ...read.samples[i],
    })),
    notes: record.notes,
    embedded: record.embeddedMetadata,
    defaults: readDefaults(workspace),
    temporal: read.temporal,
    spatial: read.spatial,
  };
}

/** What auto-fill reads from the table itself; the catalog's labels are added on each read. */
interface TableFill {
  samples: ColumnSample[];
  temporal: Temporal | null;
  spatial: Spatial | null;
}

interface ColumnSample {
  /** A value of the column, shown as the dictionary's example. */
  example: string;
  /** The distinct values of a text column with few of them, sorted; else none. */
  values: string[];
}

/** The kind under which TableFill is stored; bump it when its computation changes. */
export const TABLE_FILL_KIND = 'autofill-table/1';

/**
 * Reads the table once per revision (a few scans: the short value lists,
 * year or date ranges, places) and stores the result in the workspace, so
 * that another process's first ficha (every export reads one) does not
 * scan the table again.
 */
function tableFill(workspace: Workspace, record: DatasetRecord): TableFill {
  return perRevision(workspace.db, record, TABLE_FILL_KIND, () =>
    storedPerRevision(workspace, record, TABLE_FILL_KIND, () => ({
      samples: columnSamples(workspace, record),
      temporal: temporalCoverage(workspace, record),
      spatial: spatialCoverage(workspace, record),
    })),
  );
}

/**
 * An example value of each column and, for text columns of at most
 * ALLOWED_LIMIT distinct values, the list of those values: the one the
 * table facts' scan kept when it just ran on this connection, else a
 * DISTINCT query that stops as soon as it has seen one value more.
 */
function columnSamples(workspace: Workspace, record: DatasetRecord): ColumnSample[] {
  const table = quoteIdent(record.tableName);
  const known = rememberedValueLists(workspace.db, record);
  return record.columns.map((c, i) => {
    const x = quoteIdent(c.name);
    const example = workspace.db
      .prepare(`SELECT ${x} FROM ${table} WHERE ${x} IS NOT NULL AND ${x} <> '' LIMIT 1`)
      .pluck()
      .get();
    const values =
      c.type === 'text'
        ? (known?.[i] ??
          (workspace.db
            .prepare(
              `SELECT DISTINCT ${x} FROM ${table} WHERE ${x} IS NOT NULL AND ${x} <> ''
               LIMIT ${ALLOWED_LIMIT + 1}`,
            )
            .pluck()
            .all() as string[]))
        : [];
    return {
      example: example === undefined || example === null ? '' : String(example),
      values: values.length <= ALLOWED_LIMIT ? values.map(String).sort() : [],
    };
  });
}
