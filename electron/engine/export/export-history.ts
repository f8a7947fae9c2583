import type { ExportedFile, ExportRecord } from '../../../shared/api/export';
import { getDataset } from '../datasets/catalog';
import { recordAudit } from '../workspace/audit';
import { transaction } from '../db/transaction';
import type { Workspace } from '../workspace/workspace';

/** What is recorded of one export. */
export interface ExportEntry {
  datasetId: string;
  version: string;
  folder: string;
  zip: ExportedFile | null;
  zipPath: string | null;
  draft: boolean;
  rows: number;
  revision: number;
  files: ExportedFile[];
}

/** Records an export with the checksum of every file; returns its id. */
export function recordExport(workspace: Workspace, entry: ExportEntry): number {
  return transaction(workspace.db, () => {
    const result = workspace.db
      .prepare(
        `INSERT INTO exports (dataset_id, version, folder, zip, zip_sha256, draft, row_count,
           revision, files, exported_at, exported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.datasetId,
        entry.version,
        entry.folder,
        entry.zipPath,
        entry.zip?.sha256 ?? null,
        entry.draft ? 1 : 0,
        entry.rows,
        entry.revision,
        JSON.stringify(entry.files),
        new Date().toISOString(),
        workspace.actor.name,
      );
    const id = Number(result.lastInsertRowid);
    recordAudit(workspace, {
      action: 'export.run',
      datasetId: entry.datasetId,
      detail: { exportId: id, folder: entry.folder, draft: entry.draft },
    });
    return id;
  });
}

interface ExportRow {
  id: number;
  version: string;
  folder: string;
  zip: string | null;
  zip_sha256: string | null;
  draft: number;
  row_count: number;
  files: string;
  exported_at: string;
  exported_by: string;
}

/** The exports of a dataset, newest first. */
export function listExports(workspace: Workspace, datasetRef: string): ExportRecord[] {
  const dataset = getDataset(workspace, datasetRef);
  const rows = workspace.db
    .prepare('SELECT * FROM exports WHERE dataset_id = ? ORDER BY id DESC')
    .all(dataset.id) as ExportRow[];
  return rows.map((row) => ({
    id: row.id,
    dataset: dataset.name,
    version: row.version,
    folder: row.folder,
    zip: row.zip,
    zipSha256: row.zip_sha256,
    draft: row.draft === 1,
    rows: row.row_count,
    files: JSON.parse(row.files) as ExportedFile[],
    exportedAt: row.exported_at,
    exportedBy: row.exported_by,
  }));
}
