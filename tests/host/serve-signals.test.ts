import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';

const repo = path.resolve(__dirname, '../..');
const built = existsSync(path.join(repo, 'out/node/cli.cjs'));
let dir: string | null = null;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** Starts `ficha serve` for editing and resolves once it prints its address. */
async function serveForEditing(workspacePath: string) {
  const child = spawn(process.execPath, ['bin/ficha.js', 'serve', workspacePath], {
    cwd: repo,
    env: { ...process.env, LANG: 'es_MX.UTF-8' },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`ficha serve exited with ${code}`)));
  });
  return child;
}

describe.skipIf(!built)('ficha serve and signals', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'releases the edit lock when stopped by %s',
    async (signal) => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-serve-signal-'));
      const workspacePath = path.join(dir, 'inventario.ficha');
      createWorkspace(workspacePath, { actor: { name: 'Prueba', email: '' } }).close();

      const child = await serveForEditing(workspacePath);
      expect(existsSync(`${workspacePath}.lock`)).toBe(true);

      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;

      expect(existsSync(`${workspacePath}.lock`)).toBe(false);
    },
  );
});
