import { quoteIdent } from '../db/quote';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { getDataset } from './catalog';

/**
 * Deletes a dataset in one transaction: its table, its catalog entries
 * (columns and rows of other tables that cascade from datasets), and the
 * stored source file when no other dataset was imported from it.
 */
export function deleteDataset(workspace: Workspace, nameOrId: string): { deleted: string } {
  const record = getDataset(workspace, nameOrId);
  const db = workspace.db;

  db.transaction(() => {
    db.exec(`DROP TABLE IF EXISTS ${quoteIdent(record.tableName)}`);
    db.prepare('DELETE FROM datasets WHERE id = ?').run(record.id);
    if (record.sourceId) {
      const shared = db.prepare('SELECT 1 FROM datasets WHERE source_id = ?').get(record.sourceId);
      if (!shared) {
        db.prepare('DELETE FROM source_chunks WHERE source_id = ?').run(record.sourceId);
        db.prepare('DELETE FROM sources WHERE id = ?').run(record.sourceId);
      }
    }
    recordAudit(workspace, {
      action: 'dataset.delete',
      datasetId: record.id,
      detail: { name: record.name, rows: record.rowCount },
    });
  }).immediate();

  workspace.logger.info('[datasets] deleted a dataset', { rows: record.rowCount });
  return { deleted: record.name };
}
