import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFichaError } from '../../../shared/errors';
import { originalDownload, writeOriginal } from '../../../electron/engine/datasets/original-file';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { sampleColumns, tempFolder } from '../workspace/temp-folder';

const temp = tempFolder();
afterAll(temp.cleanup);

const finalColumns = sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 }));
const original = Buffer.from(
  'clave,estado\n01,Aguascalientes\n02,Baja California\n'.repeat(50_000),
);

let made = 0;
function workspaceWith(source: Buffer | null): Workspace {
  const ws = createWorkspace(join(temp.dir, `ws-${++made}.ficha`));
  const writer = beginDatasetWrite(ws, { columns: sampleColumns });
  if (source) writer.addSourceChunk(source);
  const sha256 = createHash('sha256')
    .update(source ?? '')
    .digest('hex');
  writer.commit({
    name: 'estados',
    columns: finalColumns,
    ...(source
      ? { source: { fileName: 'estados.csv', size: source.length, sha256, format: 'csv' as const } }
      : {}),
  });
  return ws;
}

async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isFichaError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a FichaError');
}

describe('the original file written back', () => {
  it('gives the same bytes to a named file, checked against the recorded SHA-256', async () => {
    const ws = workspaceWith(original);
    const out = join(temp.dir, 'copia.csv');

    const written = await writeOriginal(ws, 'estados', out);

    expect(readFileSync(out).equals(original)).toBe(true);
    expect(written).toEqual({
      file: out,
      fileName: 'estados.csv',
      size: original.length,
      sha256: createHash('sha256').update(original).digest('hex'),
    });
    ws.close();
  });

  it('refuses a damaged copy and leaves no file, not even a partial one', async () => {
    const ws = workspaceWith(original);
    ws.db.prepare("UPDATE sources SET sha256 = replace(sha256, substr(sha256, 1, 1), 'x')").run();
    const folder = join(temp.dir, 'danada');
    const out = join(folder, 'copia.csv');
    mkdirSync(folder);

    expect(await failure(writeOriginal(ws, 'estados', out))).toBe('SOURCE_DAMAGED');
    expect(readdirSync(folder)).toEqual([]);
    ws.close();
  });

  it('says when the workspace keeps no file for the dataset', async () => {
    const ws = workspaceWith(null);
    const out = join(temp.dir, 'sin-origen.csv');

    expect(await failure(writeOriginal(ws, 'estados', out))).toBe('SOURCE_NOT_KEPT');
    expect(existsSync(out)).toBe(false);
    ws.close();
  });

  it('names the file it cannot write', async () => {
    const ws = workspaceWith(original);
    const out = join(temp.dir, 'no', 'existe', 'copia.csv');

    expect(await failure(writeOriginal(ws, 'estados', out))).toBe('OUTPUT_NOT_WRITABLE');
    ws.close();
  });

  it('stops when cancelled and leaves nothing', async () => {
    const ws = workspaceWith(original);
    const out = join(temp.dir, 'cancelada.csv');
    const controller = new AbortController();
    controller.abort();

    expect(await failure(writeOriginal(ws, 'estados', out, controller.signal))).toBe('CANCELLED');
    expect(existsSync(out)).toBe(false);
    ws.close();
  });

  it('hands the app the same bytes as a download, named and typed', async () => {
    const ws = workspaceWith(original);

    const file = await originalDownload(ws, 'estados');

    expect(file.name).toBe('estados.csv');
    expect(file.mediaType).toBe('text/csv');
    expect(Buffer.from(file.base64, 'base64').equals(original)).toBe(true);
    ws.db.prepare('UPDATE sources SET size = size + 1').run();
    expect(await failure(originalDownload(ws, 'estados'))).toBe('SOURCE_DAMAGED');
    ws.close();
  });
});
