import { afterAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../../../shared/import';
import { dispatch } from '../../../../electron/engine/dispatch';
import type { HandlerContext } from '../../../../electron/engine/handlers/context';
import { silentLogger } from '../../../../electron/engine/logger';
import type { Workspace } from '../../../../electron/engine/workspace/workspace';
import { tempFolder } from '../../workspace/temp-folder';
import { leftovers, newWorkspace, untouched, writeFixture } from './pipeline-fixtures';

const temp = tempFolder('ficha-import-handlers-');
afterAll(temp.cleanup);

function context(workspace: Workspace, progress: Progress[] = []): HandlerContext {
  return {
    workspace,
    actor: { name: 'Prueba', email: '' },
    logger: silentLogger,
    signal: new AbortController().signal,
    progress: (p) => progress.push(p),
  };
}

describe('the import requests', () => {
  it('import.run imports through the handler table and reports progress', async () => {
    const ws = newWorkspace(temp.dir);
    const file = writeFixture(
      temp.dir,
      'estados.csv',
      'clave;nombre\n01;Aguascalientes\n02;Baja California\n',
    );
    const progress: Progress[] = [];

    const result = await dispatch('import.run', { file, delimiter: ';' }, context(ws, progress));

    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({
      dataset: 'estados',
      rows: 2,
      delimiter: ';',
    });
    expect(progress.some((p) => p.phase === 'rows' && p.unit === 'bytes')).toBe(true);
    ws.close();
  });

  it('import.inspect answers without changing the workspace', async () => {
    const ws = newWorkspace(temp.dir);
    const file = writeFixture(temp.dir, 'mirar.csv', 'a,b\n1,2\n');
    const result = await dispatch('import.inspect', { file }, context(ws));
    expect(result.ok && result.value).toMatchObject({ format: 'csv', delimiter: ',' });
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('returns expected failures as data, naming the file', async () => {
    const ws = newWorkspace(temp.dir);
    const result = await dispatch(
      'import.run',
      { file: writeFixture(temp.dir, 'nada.csv', '') },
      context(ws),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_EMPTY' } });
    expect(!result.ok && result.error.message.es).toContain('nada.csv');
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('refuses options outside the contract', async () => {
    const ws = newWorkspace(temp.dir);
    const result = await dispatch(
      'import.run',
      { file: 'x.csv', encoding: 'klingon' },
      context(ws),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'REQUEST_INVALID' } });
    ws.close();
  });
});
