import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../../electron/engine/import/pipeline';
import { silentLogger } from '../../../../electron/engine/logger';
import { isFichaError } from '../../../../shared/errors';
import { tempFolder } from '../../workspace/temp-folder';
import {
  importError,
  importInto,
  leftovers,
  newWorkspace,
  untouched,
  writeFixture,
} from './pipeline-fixtures';

const temp = tempFolder('ficha-bad-input-');
afterAll(temp.cleanup);

describe('importFile on bad input', () => {
  it('refuses a missing file, leaving the workspace as it was', async () => {
    const ws = newWorkspace(temp.dir);
    const error = await importError(ws, path.join(temp.dir, 'no-existe.csv'));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.message).toContain('no-existe.csv');
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('refuses an empty file', async () => {
    const ws = newWorkspace(temp.dir);
    const error = await importError(ws, writeFixture(temp.dir, 'vacio.csv', ''));
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toContain('vacio.csv');
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('refuses a file of blank lines as an empty sheet', async () => {
    const ws = newWorkspace(temp.dir);
    const error = await importError(ws, writeFixture(temp.dir, 'blancos.csv', '\n\n ,, \n'));
    expect(error.code).toBe('SHEET_EMPTY');
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('refuses binary junk', async () => {
    const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31 + 7) % 256));
    const ws = newWorkspace(temp.dir);
    const error = await importError(ws, writeFixture(temp.dir, 'basura.csv', junk));
    expect(error.code).toBe('BINARY_FILE');
    expect(error.message).toContain('basura.csv');
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('names the row of an unbalanced quote', async () => {
    const lines = [
      'a,b',
      ...Array.from({ length: 2000 }, (_, i) => `${i},x`),
      '2000,"sin cerrar',
      '1,2',
    ];
    const ws = newWorkspace(temp.dir);
    const error = await importError(ws, writeFixture(temp.dir, 'comillas.csv', lines.join('\n')));
    expect(error.code).toBe('CSV_UNBALANCED_QUOTES');
    expect(error.data.detail).toMatchObject({ file: 'comillas.csv', row: 2002 });
    expect(error.message).toContain('row 2002');
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('names the row and column of a cell of megabytes', async () => {
    const text = `a,b,c\n1,2,3\n4,5,${'x'.repeat(1_200_000)}\n`;
    const ws = newWorkspace(temp.dir);
    const error = await importError(ws, writeFixture(temp.dir, 'enorme.csv', text));
    expect(error.code).toBe('CELL_TOO_LARGE');
    expect(error.data.detail).toMatchObject({ file: 'enorme.csv', row: 3, column: '3' });
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });

  it('refuses a dataset name already taken before reading anything', async () => {
    const file = writeFixture(temp.dir, 'repetido.csv', 'a,b\n1,2\n');
    const ws = newWorkspace(temp.dir);
    await importInto(ws, file, { name: 'ya' });
    const error = await importError(ws, file, { name: 'ya' });
    expect(error.code).toBe('DATASET_EXISTS');
    expect(leftovers(ws).datasets).toBe(1);
    ws.close();
  });

  it('leaves the workspace unchanged when cancelled midway', async () => {
    const lines = [
      'id,nombre,valor',
      ...Array.from({ length: 60_000 }, (_, i) => `${i},N${i},${i}.5`),
    ];
    const file = writeFixture(temp.dir, 'cancelar.csv', lines.join('\n'));
    const ws = newWorkspace(temp.dir);
    const controller = new AbortController();
    let cancelledAt = 0;

    let code = '';
    try {
      await importFile(
        ws,
        file,
        {},
        {
          signal: controller.signal,
          logger: silentLogger,
          progress: (p) => {
            if (
              p.phase === 'rows' &&
              p.total &&
              p.done > p.total / 3 &&
              !controller.signal.aborted
            ) {
              cancelledAt = p.done;
              controller.abort();
            }
          },
        },
      );
    } catch (error) {
      if (isFichaError(error)) code = error.code;
    }

    expect(cancelledAt).toBeGreaterThan(0);
    expect(code).toBe('CANCELLED');
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  });
});
