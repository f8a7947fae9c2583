import { FichaError } from '../../../shared/errors';
import type { EmbeddedMetadata, SourceFormat } from '../../../shared/import';
import type { ColumnInfo, ImportWarning } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import { DATA_TABLE_PREFIX } from '../db/schema';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { getDataset } from './catalog';
import type { DatasetRecord } from './catalog';
import { newId } from './ids';
import { datasetNamePattern, reservedColumnNames } from './names';
import { SOURCE_CHUNK_SIZE } from './source-store';

/** The original file a dataset was imported from. */
export interface SourceInfo {
  fileName: string;
  size: number;
  sha256: string;
  format: SourceFormat;
}

/** What an import knows once all rows are written. */
export interface DatasetCommit {
  /** Dataset name: a slug (see slugify / uniqueDatasetName). */
  name: string;
  title?: string;
  /** Rows found above and below the table, kept as notes. */
  notes?: string[];
  /** The import settings that replay needs (sheet, header rows, encoding…). */
  settings?: Record<string, unknown>;
  source?: SourceInfo;
  warnings?: ImportWarning[];
  embeddedMetadata?: EmbeddedMetadata | null;
  /** Final columns, in the order given to beginDatasetWrite; names may change. */
  columns: (ColumnInfo & { description?: string; unit?: string | null })[];
}

/** The staged parts that commitDataset turns into a dataset. */
export interface StagedDataset {
  stagingTable: string;
  stagedColumns: readonly { name: string }[];
  rowCount: number;
  stagedSource: { id: string; size: number; sha256: string } | null;
  details: DatasetCommit;
}

/**
 * In one transaction: renames the staging table to the dataset's table,
 * records the source (reusing one already stored with the same bytes), the
 * dataset, its columns and an audit entry. Throws DATASET_EXISTS when the
 * name is taken, leaving the staged rows in place for another try.
 */
export function commitDataset(workspace: Workspace, staged: StagedDataset): DatasetRecord {
  const { details } = staged;
  checkDetails(staged);
  const db = workspace.db;
  const id = newId();
  const tableName = `${DATA_TABLE_PREFIX}${id}`;
  const now = new Date().toISOString();

  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM datasets WHERE name = ?').get(details.name)) {
      throw new FichaError('DATASET_EXISTS', { dataset: details.name });
    }
    renameStaged(workspace, staged, tableName);
    const sourceId = details.source ? storeSource(workspace, staged, now) : null;
    insertCatalog(workspace, staged, { id, tableName, sourceId, now });
    recordAudit(workspace, {
      action: 'dataset.import',
      datasetId: id,
      detail: {
        name: details.name,
        rows: staged.rowCount,
        columns: details.columns.length,
        file: details.source?.fileName ?? null,
      },
    });
  }).immediate();

  workspace.logger.info('[datasets] committed an imported dataset', {
    rows: staged.rowCount,
    columns: details.columns.length,
  });
  return getDataset(workspace, id);
}

/** Gives the staged table its final column names, then the dataset's table name. */
function renameStaged(workspace: Workspace, staged: StagedDataset, tableName: string): void {
  const table = quoteIdent(staged.stagingTable);
  staged.stagedColumns.forEach((column, index) => {
    const final = staged.details.columns[index].name;
    if (final === column.name) return;
    workspace.db.exec(
      `ALTER TABLE ${table} RENAME COLUMN ${quoteIdent(column.name)} TO ${quoteIdent(final)}`,
    );
  });
  workspace.db.exec(`ALTER TABLE ${table} RENAME TO ${quoteIdent(tableName)}`);
}

/** Writes the dataset's row and its columns' rows in the catalog. */
function insertCatalog(
  workspace: Workspace,
  staged: StagedDataset,
  ids: { id: string; tableName: string; sourceId: string | null; now: string },
): void {
  const { details } = staged;
  workspace.db
    .prepare(
      `INSERT INTO datasets (id, name, title, table_name, row_count, created_at, updated_at,
         created_by, source_id, import_settings, notes, warnings, embedded_metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ids.id,
      details.name,
      details.title ?? details.name,
      ids.tableName,
      staged.rowCount,
      ids.now,
      ids.now,
      workspace.actor.name,
      ids.sourceId,
      JSON.stringify(details.settings ?? {}),
      JSON.stringify(details.notes ?? []),
      JSON.stringify(details.warnings ?? []),
      details.embeddedMetadata ? JSON.stringify(details.embeddedMetadata) : null,
    );

  const insertColumn = workspace.db.prepare(
    `INSERT INTO columns (dataset_id, position, name, label, type, mismatches, description, unit)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  details.columns.forEach((column, index) => {
    insertColumn.run(
      ids.id,
      index,
      column.name,
      column.label,
      column.type,
      column.mismatches,
      column.description ?? '',
      column.unit ?? null,
    );
  });
}

function checkDetails(staged: StagedDataset): void {
  const { details } = staged;
  if (!datasetNamePattern.test(details.name)) {
    throw new FichaError('OPTION_INVALID', {
      option: '--name',
      reason: `«${details.name}»: a-z, 0-9, _ -`,
    });
  }
  if (details.columns.length !== staged.stagedColumns.length) {
    throw new Error(
      `[datasets] commit has ${details.columns.length} columns, ` +
        `the import began with ${staged.stagedColumns.length}`,
    );
  }
  const clash = details.columns.find((c) => reservedColumnNames.has(c.name.toLowerCase()));
  if (clash) throw new Error(`[datasets] column name ${clash.name} would hide the row id`);
  const source = staged.stagedSource;
  if (source && details.source && source.sha256 !== details.source.sha256) {
    throw new Error('[datasets] the stored source bytes do not match the given SHA-256');
  }
}

/**
 * Records the source row. Bytes already stored for an identical file are
 * reused and the staged copy dropped, so importing several sheets of one
 * workbook keeps its bytes once.
 */
function storeSource(workspace: Workspace, staged: StagedDataset, now: string): string {
  const db = workspace.db;
  const info = staged.details.source as SourceInfo;
  const existing = db
    .prepare(
      `SELECT s.id FROM sources s WHERE s.sha256 = ? AND s.size = ?
       AND EXISTS (SELECT 1 FROM source_chunks c WHERE c.source_id = s.id) LIMIT 1`,
    )
    .pluck()
    .get(info.sha256, info.size) as string | undefined;

  if (existing && staged.stagedSource) {
    db.prepare('DELETE FROM source_chunks WHERE source_id = ?').run(staged.stagedSource.id);
    return existing;
  }

  const id = staged.stagedSource?.id ?? newId();
  db.prepare(
    `INSERT INTO sources (id, file_name, size, sha256, format, imported_at, chunk_size)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, info.fileName, info.size, info.sha256, info.format, now, SOURCE_CHUNK_SIZE);
  return id;
}
