import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/engine/logger';
import { listThreads } from '../../electron/engine/review/comments';
import { reviewState, setStatus } from '../../electron/engine/review/status';
import { openWorkspace } from '../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../electron/engine/workspace/workspace';
import type { Host } from '../../electron/host/create-host';
import { createHost } from '../../electron/host/create-host';
import { addDataset, ana, tempWorkspace } from '../engine/review/helpers';
import { call } from './http-helper';

let dir: string;
let file: string;
let editor: Workspace;
let host: Host;

beforeAll(async () => {
  const made = tempWorkspace();
  dir = made.dir;
  file = made.file;
  editor = made.workspace;
  addDataset(editor, 'emisiones');
  setStatus(editor, { dataset: 'emisiones', to: 'en-revision' });

  const staticDir = path.join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Ficha</title>');
  host = await createHost({ workspacePath: file, staticDir, readOnly: true, logger: silentLogger });
});

afterAll(async () => {
  await host?.close();
  editor?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function request(name: string, params: unknown) {
  const reply = await call(host.port, host.token, name, params);
  return JSON.parse(reply.body);
}

describe('a reviewer on a read-only host while the author edits', () => {
  it('comments and approves, and both wait beside the workspace', async () => {
    const comment = await request('review.comment', {
      dataset: 'emisiones',
      text: 'La columna co2_gg necesita unidad',
      target: { kind: 'column', column: 'co2_gg' },
    });
    expect(comment).toMatchObject({ ok: true, value: { pending: true } });

    const approval = await request('review.setStatus', {
      dataset: 'emisiones',
      to: 'aprobado',
      as: 'reviewer',
    });
    expect(approval).toMatchObject({ ok: true, value: { pending: true, to: 'aprobado' } });

    const threads = await request('review.comments', { dataset: 'emisiones' });
    expect(threads.value[0].comments[0].text).toBe('La columna co2_gg necesita unidad');
  });

  it('cannot edit the data or the ficha', async () => {
    const deletion = await request('dataset.delete', { dataset: 'emisiones' });
    expect(deletion.error.code).toBe('WORKSPACE_READ_ONLY');
  });

  it('downloads a review bundle, the inventory and the log, but cannot merge a bundle', async () => {
    const bundle = await request('review.bundleFile', { dataset: 'emisiones' });
    expect(bundle).toMatchObject({
      ok: true,
      value: { name: 'emisiones-revision.ficha', rows: 3 },
    });
    // A SQLite file begins with its own header.
    expect(Buffer.from(bundle.value.base64, 'base64').subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );

    const inventory = await request('inventory.file', { part: 'inventory', format: 'xlsx' });
    expect(inventory).toMatchObject({ ok: true, value: { name: 'inventario.xlsx' } });
    const log = await request('review.logCsv', { kind: 'status' });
    expect(log.value.csv).toContain('review.status');

    const merge = await request('review.merge', { file: path.join(dir, 'otro.ficha') });
    expect(merge.error.code).toBe('WORKSPACE_READ_ONLY');
  });

  it('has its comment and approval merged when the author next opens the workspace', () => {
    expect(reviewState(editor, 'emisiones').status).toBe('en-revision');
    editor.close();

    editor = openWorkspace(file, { actor: ana, logger: silentLogger });
    expect(reviewState(editor, 'emisiones').status).toBe('aprobado');
    expect(listThreads(editor, 'emisiones')[0].comments[0]).toMatchObject({ pending: false });
  });
});
