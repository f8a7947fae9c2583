import type Database from 'better-sqlite3';
import type { DatasetRecord } from '../datasets/catalog';
import { touchDataset } from '../datasets/catalog';
import type { TableState } from '../operations/types';
import type { Workspace } from '../workspace/workspace';

/** The table state a dataset is at now. */
export function stateOf(dataset: DatasetRecord): TableState {
  return { table: dataset.tableName, columns: dataset.columns, rowCount: dataset.rowCount };
}

/**
 * Points a dataset at a table version and restores that version's column
 * catalog. Only catalog rows change, so this is instant whatever the size.
 * Must run in a transaction.
 */
export function pointDatasetAt(workspace: Workspace, datasetId: string, state: TableState): void {
  const db = workspace.db;
  db.prepare('UPDATE datasets SET table_name = ? WHERE id = ?').run(state.table, datasetId);
  db.prepare('DELETE FROM columns WHERE dataset_id = ?').run(datasetId);
  const insert = db.prepare(
    `INSERT INTO columns (dataset_id, position, name, label, type, mismatches, description, unit)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  state.columns.forEach((c, position) => {
    insert.run(datasetId, position, c.name, c.label, c.type, c.mismatches, c.description, c.unit);
  });
  touchDataset(workspace, datasetId, { rowCount: state.rowCount });
}

/** Whether a table exists in the workspace file. */
export function tableExists(db: Database.Database, table: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) !==
    undefined
  );
}
