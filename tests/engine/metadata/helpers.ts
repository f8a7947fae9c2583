import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { silentLogger } from '../../../electron/engine/logger';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { EmbeddedMetadata } from '../../../shared/import';
import type { CellValue, ColumnType } from '../../../shared/table';

/** A column of a test dataset. */
export interface TestColumn {
  name: string;
  label: string;
  type: ColumnType;
  mismatches?: number;
  unit?: string;
}

/** A fresh workspace in a temp folder; `cleanup` closes and removes it. */
export function tempWorkspace(): { workspace: Workspace; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ficha-meta-'));
  const workspace = createWorkspace(join(dir, 'prueba.ficha'), {
    actor: { name: 'Prueba', email: 'prueba@inecc.gob.mx' },
    logger: silentLogger,
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

/** Writes a dataset with the given columns and rows through the workspace's writer. */
export function addDataset(
  workspace: Workspace,
  name: string,
  columns: TestColumn[],
  rows: CellValue[][],
  extra: { title?: string; notes?: string[]; embedded?: EmbeddedMetadata | null } = {},
) {
  const writer = beginDatasetWrite(workspace, { columns });
  writer.insertRows(rows);
  return writer.commit({
    name,
    title: extra.title ?? name,
    notes: extra.notes ?? [],
    embeddedMetadata: extra.embedded ?? null,
    columns: columns.map((c, position) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      position,
      mismatches: c.mismatches ?? 0,
      unit: c.unit ?? null,
    })),
  });
}
