import type { EmbeddedMetadata } from '../../../shared/import';
import { FichaError } from '../../../shared/errors';
import type { ColumnInfo, ColumnType, DatasetSummary, ImportWarning } from '../../../shared/table';
import type { Workspace } from '../workspace/workspace';

/** A column as the workspace's catalog keeps it. */
export interface ColumnRecord extends ColumnInfo {
  description: string;
  unit: string | null;
}

/** A dataset as the workspace's catalog keeps it, columns in position order. */
export interface DatasetRecord {
  id: string;
  name: string;
  title: string;
  /** The real SQLite table holding the rows; quote it with quoteIdent. */
  tableName: string;
  status: string;
  rowCount: number;
  /** Bumped by every change to the table; caches of rows key on it. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  sourceId: string | null;
  sourceFile: string | null;
  importSettings: Record<string, unknown>;
  notes: string[];
  warnings: ImportWarning[];
  embeddedMetadata: EmbeddedMetadata | null;
  columns: ColumnRecord[];
}

interface DatasetRow {
  id: string;
  name: string;
  title: string;
  table_name: string;
  status: string;
  row_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
  created_by: string;
  source_id: string | null;
  file_name: string | null;
  import_settings: string;
  notes: string;
  warnings: string;
  embedded_metadata: string | null;
}

const selectDataset = `
  SELECT d.*, s.file_name FROM datasets d LEFT JOIN sources s ON s.id = d.source_id`;

/**
 * Finds a dataset by name or id, with its columns; throws
 * DATASET_NOT_FOUND naming what was asked for.
 */
export function getDataset(workspace: Workspace, nameOrId: string): DatasetRecord {
  const row = workspace.db
    .prepare(`${selectDataset} WHERE d.name = ? OR d.id = ? ORDER BY d.name = ? DESC LIMIT 1`)
    .get(nameOrId, nameOrId, nameOrId) as DatasetRow | undefined;
  if (!row) throw new FichaError('DATASET_NOT_FOUND', { dataset: nameOrId });
  return toRecord(row, readColumns(workspace, row.id));
}

/** Lists the workspace's datasets, oldest first. */
export function listDatasets(workspace: Workspace): DatasetSummary[] {
  const rows = workspace.db
    .prepare(
      `SELECT d.*, s.file_name, (SELECT count(*) FROM columns c WHERE c.dataset_id = d.id) AS n
       FROM datasets d LEFT JOIN sources s ON s.id = d.source_id
       ORDER BY d.created_at, d.name`,
    )
    .all() as (DatasetRow & { n: number })[];
  return rows.map((row) => ({ ...summaryOf(toRecord(row, [])), columns: row.n }));
}

/** The short description of a dataset that lists show. */
export function summaryOf(record: DatasetRecord): DatasetSummary {
  return {
    id: record.id,
    name: record.name,
    title: record.title,
    rows: record.rowCount,
    columns: record.columns.length,
    status: record.status,
    sourceFile: record.sourceFile,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/**
 * Marks a dataset's table as changed: bumps its revision (dropping cached
 * row orders), stamps updated_at and, when given, stores the new row count.
 * Every module that writes to a dataset's table calls this in the same
 * transaction.
 */
export function touchDataset(
  workspace: Workspace,
  datasetId: string,
  changes: { rowCount?: number } = {},
): void {
  workspace.db
    .prepare(
      `UPDATE datasets SET revision = revision + 1, updated_at = ?,
         row_count = coalesce(?, row_count) WHERE id = ?`,
    )
    .run(new Date().toISOString(), changes.rowCount ?? null, datasetId);
}

/** Reads a dataset's columns in position order. */
export function readColumns(workspace: Workspace, datasetId: string): ColumnRecord[] {
  const rows = workspace.db
    .prepare(
      `SELECT name, label, type, position, mismatches, description, unit
       FROM columns WHERE dataset_id = ? ORDER BY position`,
    )
    .all(datasetId) as (Omit<ColumnRecord, 'type'> & { type: string })[];
  return rows.map((row) => ({ ...row, type: row.type as ColumnType }));
}

function toRecord(row: DatasetRow, columns: ColumnRecord[]): DatasetRecord {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    tableName: row.table_name,
    status: row.status,
    rowCount: row.row_count,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    sourceId: row.source_id,
    sourceFile: row.file_name,
    importSettings: JSON.parse(row.import_settings) as Record<string, unknown>,
    notes: JSON.parse(row.notes) as string[],
    warnings: JSON.parse(row.warnings) as ImportWarning[],
    embeddedMetadata: row.embedded_metadata
      ? (JSON.parse(row.embedded_metadata) as EmbeddedMetadata)
      : null,
    columns,
  };
}
