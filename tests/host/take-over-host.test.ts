import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/engine/logger';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';
import { lockPath } from '../../electron/engine/workspace/lock';
import { openWorkspace } from '../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../electron/engine/workspace/workspace';
import { createHost } from '../../electron/host/create-host';
import { call } from './http-helper';

const ana = { name: 'Ana López', email: 'ana@inecc.gob.mx' };
let dir: string;
let staticDir: string;
let workspacePath: string;
let editor: Workspace;

async function answer(port: number, token: string, name: string, params: unknown = {}) {
  return JSON.parse((await call(port, token, name, params)).body) as {
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string };
  };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-take-over-'));
  staticDir = path.join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Ficha</title>');
  workspacePath = path.join(dir, 'compartido.ficha');
  createWorkspace(workspacePath, { actor: ana, logger: silentLogger }).close();
  editor = openWorkspace(workspacePath, { actor: ana });
});

afterAll(() => {
  editor?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a web host on a workspace someone else edits', () => {
  it('opens it read-only with the holder named instead of refusing to start', async () => {
    const host = await createHost({ workspacePath, staticDir, logger: silentLogger });
    try {
      const info = await answer(host.port, host.token, 'workspace.info');
      expect(info.value).toMatchObject({
        readOnly: true,
        canTakeOver: true,
        lockHolder: { name: 'Ana López', email: 'ana@inecc.gob.mx' },
      });
    } finally {
      await host.close();
    }
  });

  it('refuses the take-over when served --read-only', async () => {
    const host = await createHost({
      workspacePath,
      staticDir,
      readOnly: true,
      logger: silentLogger,
    });
    try {
      const info = await answer(host.port, host.token, 'workspace.info');
      expect(info.value).toMatchObject({ readOnly: true, canTakeOver: false });
      const refused = await answer(host.port, host.token, 'workspace.takeOver');
      expect(refused.error?.code).toBe('TAKE_OVER_REFUSED');
      expect(JSON.parse(readFileSync(lockPath(workspacePath), 'utf8')).name).toBe('Ana López');
    } finally {
      await host.close();
    }
  });

  it('takes the lock over on request and then accepts writes', async () => {
    const host = await createHost({ workspacePath, staticDir, logger: silentLogger });
    try {
      const before = await answer(host.port, host.token, 'workspace.info');
      const since = (before.value?.lockHolder as { since: string }).since;
      const taken = await answer(host.port, host.token, 'workspace.takeOver', { since });
      expect(taken.value).toMatchObject({ readOnly: false, lockHolder: null });
      const planned = await answer(host.port, host.token, 'inventory.plan', { title: 'Residuos' });
      expect(planned.ok).toBe(true);
      expect(JSON.parse(readFileSync(lockPath(workspacePath), 'utf8')).name).not.toBe('Ana López');
    } finally {
      await host.close();
    }
  });
});
