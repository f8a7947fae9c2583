import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { dispatch } from '../../../electron/engine/dispatch';
import type { HandlerContext } from '../../../electron/engine/handlers/context';
import { silentLogger } from '../../../electron/engine/logger';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { sampleColumns, tempFolder } from './temp-folder';

const temp = tempFolder();
const file = join(temp.dir, 'handlers.ficha');
let ws: Workspace;

function context(workspace: Workspace): HandlerContext {
  return {
    workspace,
    actor: { name: 'Prueba', email: '' },
    logger: silentLogger,
    signal: new AbortController().signal,
    progress: () => {},
  };
}

beforeAll(() => {
  ws = createWorkspace(file);
  const writer = beginDatasetWrite(ws, { columns: sampleColumns });
  writer.insertRows([
    ['01', 'Colima', 10, 1.5, true, '2020-01-01'],
    ['02', 'Sonora', 20, 2.5, false, '2020-02-01'],
  ]);
  writer.commit({
    name: 'estados',
    columns: sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 })),
  });
});
afterAll(() => {
  ws.close();
  temp.cleanup();
});

describe('workspace requests through the dispatcher', () => {
  it('answers workspace.info', async () => {
    const result = await dispatch('workspace.info', {}, context(ws));
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        path: file,
        name: 'handlers',
        readOnly: false,
        datasets: 1,
      }),
    });
  });

  it('lists, describes and reads a dataset', async () => {
    const list = await dispatch('datasets.list', {}, context(ws));
    expect(list.ok && (list.value as { name: string }[])[0].name).toBe('estados');

    const description = await dispatch('dataset.describe', { dataset: 'estados' }, context(ws));
    expect(description.ok && (description.value as { rows: number }).rows).toBe(2);

    const rows = await dispatch(
      'dataset.rows',
      { dataset: 'estados', sort: { column: 'poblacion', direction: 'desc' }, limit: 1 },
      context(ws),
    );
    expect(rows.ok && (rows.value as { rows: unknown[][] }).rows).toEqual([
      ['02', 'Sonora', 20, 2.5, false, '2020-02-01'],
    ]);
  });

  it('profiles a column with the request defaults', async () => {
    const result = await dispatch(
      'dataset.columnProfile',
      { dataset: 'estados', column: 'tasa' },
      context(ws),
    );
    expect(result.ok).toBe(true);
    const value = (result as { value: { numeric: { histogram: unknown[] } } }).value;
    expect(value.numeric.histogram).toHaveLength(10);
  });

  it('turns a missing dataset into an expected error', async () => {
    const result = await dispatch('dataset.rows', { dataset: 'nada' }, context(ws));
    expect(result).toMatchObject({ ok: false, error: { code: 'DATASET_NOT_FOUND' } });
  });

  it('refuses a delete on a read-only workspace and deletes on an editable one', async () => {
    const reader = openWorkspace(file, { readOnly: true });
    const refused = await dispatch('dataset.delete', { dataset: 'estados' }, context(reader));
    expect(refused).toMatchObject({ ok: false, error: { code: 'WORKSPACE_READ_ONLY' } });
    const info = await dispatch('workspace.info', {}, context(reader));
    expect(info.ok && (info.value as { lockHolder: { name: string } }).lockHolder).not.toBeNull();
    reader.close();

    const deleted = await dispatch('dataset.delete', { dataset: 'estados' }, context(ws));
    expect(deleted).toEqual({ ok: true, value: { deleted: 'estados' } });
  });
});
