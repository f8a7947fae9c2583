import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagesFolder } from '../../electron/engine/handlers/package';
import type { Host } from '../../electron/host/create-host';
import { createHost } from '../../electron/host/create-host';
import { silentLogger } from '../../electron/engine/logger';
import { addEmissions, tempWorkspace } from '../engine/export/helpers';
import { call } from './http-helper';

let host: Host;
let workspacePath: string;
let cleanup: () => void;

async function answer(name: string, params: unknown, token = host.token) {
  const reply = await call(host.port, token, name, params);
  const json = reply.headers['content-type']?.startsWith('application/json');
  return { status: reply.status, body: json ? JSON.parse(reply.body) : reply.body };
}

beforeAll(async () => {
  const temp = tempWorkspace();
  addEmissions(temp.workspace);
  workspacePath = temp.workspace.path;
  temp.workspace.close();
  cleanup = () => temp.cleanup();

  const staticDir = path.join(temp.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Ficha</title>');
  host = await createHost({ workspacePath, staticDir, logger: silentLogger });
});

afterAll(async () => {
  await host?.close();
  cleanup?.();
});

describe('exporting from a browser through the host', () => {
  it('cannot name a folder of the machine for export.run', async () => {
    const { body } = await answer('export.run', { dataset: 'emisiones', out: '/tmp/fuera' });
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('REQUEST_INVALID');
  });

  it('exports into the packages folder and hands back the zip it recorded', async () => {
    const run = await answer('export.package', { dataset: 'emisiones', jobId: 'job-1' });
    expect(run.body.ok).toBe(true);
    const result = run.body.value;

    const zip = await answer('export.zip', { dataset: 'emisiones', exportId: result.exportId });
    const bytes = Buffer.from(zip.body.value.base64, 'base64');

    expect(path.dirname(result.folder)).toBe(packagesFolder(workspacePath));
    expect(existsSync(result.zipPath)).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(result.zip.sha256);
  });

  it('refuses the zip to a request without the token', async () => {
    const { status } = await answer('export.zip', { dataset: 'emisiones', exportId: 1 }, 'x');
    expect(status).toBe(401);
  });
});
