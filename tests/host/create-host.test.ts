import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/engine/logger';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';
import type { Host } from '../../electron/host/create-host';
import { createHost } from '../../electron/host/create-host';
import { call } from './http-helper';

const actor = { name: 'Prueba', email: '' };
let dir: string;
let host: Host;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-serve-'));
  const staticDir = path.join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Ficha</title>');
  const workspacePath = path.join(dir, 'revision.ficha');
  createWorkspace(workspacePath, { actor, logger: silentLogger }).close();

  host = await createHost({ workspacePath, staticDir, readOnly: true, logger: silentLogger });
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a read-only host on a real workspace', () => {
  it('answers reads from the workspace', async () => {
    const reply = await call(host.port, host.token, 'workspace.info');
    const info = JSON.parse(reply.body);
    expect(info.ok).toBe(true);
    expect(info.value.readOnly).toBe(true);
  });

  it('refuses a delete with WORKSPACE_READ_ONLY', async () => {
    const reply = await call(host.port, host.token, 'dataset.delete', { dataset: 'residuos' });
    expect(JSON.parse(reply.body).error.code).toBe('WORKSPACE_READ_ONLY');
  });

  it('refuses requests without the token', async () => {
    const reply = await call(host.port, 'wrong', 'workspace.info');
    expect(reply.status).toBe(401);
  });
});
