import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../electron/engine/db/integrity';
import { listDatasets } from '../../../electron/engine/datasets/catalog';
import { readRows } from '../../../electron/engine/datasets/read-rows';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import { sampleColumns, tempFolder } from '../workspace/temp-folder';

const temp = tempFolder();
const repo = resolve(__dirname, '../../..');
const child = join(temp.dir, 'crash-child.cjs');

beforeAll(async () => {
  await build({
    entryPoints: [join(__dirname, 'fixtures', 'crash-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  });
});
afterAll(temp.cleanup);

/** A workspace holding one committed dataset, the state a crash must not disturb. */
function workspaceWithOneDataset(name: string): string {
  const file = join(temp.dir, name);
  const ws = createWorkspace(file);
  const writer = beginDatasetWrite(ws, { columns: sampleColumns });
  writer.insertRows([['01', 'Aguascalientes', 1, 0.5, true, '2020-01-01']]);
  writer.commit({
    name: 'previo',
    columns: sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 })),
  });
  ws.close();
  return file;
}

describe('an import killed midway', () => {
  it.each(['between-batches', 'inside-batch', 'inside-commit'])(
    'leaves the workspace as it was when killed %s',
    (moment) => {
      const file = workspaceWithOneDataset(`${moment}.ficha`);
      const run = spawnSync(process.execPath, [child, file, moment], {
        env: { ...process.env, NODE_PATH: join(repo, 'node_modules') },
        encoding: 'utf8',
      });
      expect(run.signal, `the child did not die as planned: ${run.stderr}`).toBe('SIGKILL');

      // The batches committed before the kill are there until an editor opens the file.
      const reader = openWorkspace(file, { readOnly: true });
      const staged = reader.db
        .prepare("SELECT count(*) FROM sqlite_schema WHERE name GLOB '_staging_*'")
        .pluck()
        .get();
      expect(staged).toBe(1);
      reader.close();

      const ws = openWorkspace(file, { takeOverStaleLock: true });
      expect(integrityCheck(ws.db)).toEqual([]);
      expect(listDatasets(ws).map((d) => d.name)).toEqual(['previo']);
      expect(readRows(ws, 'previo').rows).toEqual([
        ['01', 'Aguascalientes', 1, 0.5, true, '2020-01-01'],
      ]);
      const leftovers = ws.db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name GLOB 'data_*'")
        .pluck()
        .all();
      expect(leftovers).toHaveLength(1);
      expect(
        ws.db
          .prepare("SELECT count(*) FROM sqlite_schema WHERE name GLOB '_staging_*'")
          .pluck()
          .get(),
      ).toBe(0);
      expect(ws.db.prepare('SELECT count(*) FROM source_chunks').pluck().get()).toBe(0);
      ws.close();
    },
  );
});
