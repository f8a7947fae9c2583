import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';
import { call, send } from './http-helper';

const repo = path.resolve(__dirname, '../..');
const built = existsSync(path.join(repo, 'out/node/cli.cjs'));
let dir: string;
let child: ChildProcess;
let url: URL;

describe.skipIf(!built)('ficha serve', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-serve-cmd-'));
    const workspacePath = path.join(dir, 'revision.ficha');
    createWorkspace(workspacePath, { actor: { name: 'Prueba', email: '' } }).close();

    child = spawn(process.execPath, ['bin/ficha.js', 'serve', workspacePath, '--read-only'], {
      cwd: repo,
      env: { ...process.env, LANG: 'es_MX.UTF-8' },
    });
    const line = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (text.includes('\n')) resolve(text.split('\n')[0]);
      });
      child.once('exit', (code) => reject(new Error(`ficha serve exited with ${code}`)));
    });
    url = new URL(line);
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a loopback URL that carries the token', () => {
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toMatch(/^[\w-]{43}$/);
  });

  it('answers the API with the token and refuses it without', async () => {
    const port = Number(url.port);
    const token = url.searchParams.get('token')!;
    const info = JSON.parse((await call(port, token, 'workspace.info')).body);
    expect(info.value.readOnly).toBe(true);
    expect((await call(port, 'nope', 'workspace.info')).status).toBe(401);
    expect((await send(port, { path: '/' })).status).toBe(401);
  });

  it('refuses writes when started with --read-only', async () => {
    const reply = await call(Number(url.port), url.searchParams.get('token')!, 'dataset.delete', {
      dataset: 'x',
    });
    expect(JSON.parse(reply.body).error.code).toBe('WORKSPACE_READ_ONLY');
  });
});
