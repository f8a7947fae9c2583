import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FichaError, isFichaError } from '../../../../shared/errors';
import type { ImportOptions } from '../../../../shared/import';
import { getDataset } from '../../../../electron/engine/datasets/catalog';
import { readRows } from '../../../../electron/engine/datasets/read-rows';
import { integrityCheck } from '../../../../electron/engine/db/integrity';
import { importFile } from '../../../../electron/engine/import/pipeline';
import { silentLogger } from '../../../../electron/engine/logger';
import { createWorkspace } from '../../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../../electron/engine/workspace/workspace';

/** Writes a fixture file into a folder and returns its path. */
export function writeFixture(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

let counter = 0;

/** A fresh workspace in the folder. */
export function newWorkspace(dir: string): Workspace {
  counter++;
  return createWorkspace(path.join(dir, `ws-${counter}.ficha`), {
    actor: { name: 'Prueba', email: 'prueba@example.org' },
    logger: silentLogger,
  });
}

/** Imports with a signal that never fires. */
export function importInto(workspace: Workspace, file: string, options: ImportOptions = {}) {
  return importFile(workspace, file, options, {
    signal: new AbortController().signal,
    logger: silentLogger,
  });
}

/** The stored rows of a dataset, as the grid would get them. */
export function storedRows(workspace: Workspace, dataset: string, limit = 100) {
  return readRows(workspace, getDataset(workspace, dataset), { offset: 0, limit, filters: [] });
}

/** The FichaError an import throws, or a failure when it does not throw one. */
export async function importError(
  workspace: Workspace,
  file: string,
  options: ImportOptions = {},
): Promise<FichaError> {
  try {
    await importInto(workspace, file, options);
  } catch (error) {
    if (isFichaError(error)) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

/** What shows that a failed import left nothing behind. */
export function leftovers(workspace: Workspace) {
  const db = workspace.db;
  return {
    datasets: db.prepare('SELECT count(*) FROM datasets').pluck().get(),
    staging: db
      .prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_staging\\_%' ESCAPE '\\'",
      )
      .pluck()
      .get(),
    chunks: db.prepare('SELECT count(*) FROM source_chunks').pluck().get(),
    integrity: integrityCheck(db),
  };
}

/** The state of a workspace that nothing was imported into. */
export const untouched = { datasets: 0, staging: 0, chunks: 0, integrity: [] };
