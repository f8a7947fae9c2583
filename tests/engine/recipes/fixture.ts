import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CellValue, ColumnType } from '../../../shared/table';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { quoteIdent } from '../../../electron/engine/db/quote';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';

/** A column of a fixture table: name, type and optional label. */
export type FixtureColumn = [name: string, type: ColumnType, label?: string];

/** A fresh workspace in a temp dir, with a cleanup function. */
export function tempWorkspace(): { workspace: Workspace; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ficha-recipes-'));
  const workspace = createWorkspace(path.join(dir, 'test.ficha'), {
    actor: { name: 'Ana Prueba', email: 'ana@example.org' },
  });
  return {
    workspace,
    dir,
    cleanup: () => {
      workspace.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a dataset from columns and rows, as an import would. */
export function addTable(
  workspace: Workspace,
  name: string,
  columns: FixtureColumn[],
  rows: CellValue[][],
): void {
  const spec = columns.map(([n, type, label]) => ({ name: n, type, label: label ?? n }));
  const writer = beginDatasetWrite(workspace, { columns: spec });
  writer.insertRows(rows);
  writer.commit({
    name,
    columns: spec.map((c, position) => ({ ...c, position, mismatches: 0 })),
  });
}

/** The dataset's current table as column names and rows, in row order. */
export function readTable(
  workspace: Workspace,
  name: string,
): { columns: string[]; rows: CellValue[][] } {
  const dataset = getDataset(workspace, name);
  const rows = workspace.db
    .prepare(`SELECT * FROM ${quoteIdent(dataset.tableName)} ORDER BY rowid`)
    .raw()
    .all() as CellValue[][];
  return { columns: dataset.columns.map((c) => c.name), rows };
}
