import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../shared/api';
import type { Engine } from '../../electron/engine/jobs/engine';
import { createEngineClient } from '../../electron/engine/jobs/engine-client';
import { silentLogger } from '../../electron/engine/logger';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';

const actor = { name: 'Prueba', email: 'prueba@example.org' };
let dir: string;
let workerPath: string;
let workspacePath: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-worker-'));
  // Built inside the repository so that the worker finds node_modules.
  const cache = path.resolve(__dirname, '../../node_modules/.cache/ficha-tests');
  workerPath = path.join(cache, `worker-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: [path.resolve(__dirname, '../../electron/engine/jobs/worker.ts')],
    outfile: workerPath,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'silent',
  });

  workspacePath = path.join(dir, 'prueba.ficha');
  createWorkspace(workspacePath, { actor, logger: silentLogger }).close();
  engine = await createEngineClient({
    workerPath,
    workspacePath,
    readOnly: false,
    actor,
    logger: silentLogger,
  });
});

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(workerPath, { force: true });
});

describe('the engine worker client', () => {
  it('round-trips a request to the worker thread', async () => {
    const info = await engine.call('workspace.info', {});
    expect(info.ok).toBe(true);
    expect(info.ok && (info.value as { path: string }).path).toBe(workspacePath);
  });

  it('returns validation failures as data', async () => {
    const result = await engine.call('dataset.rows', { dataset: 'x', limit: -1 });
    expect(!result.ok && result.error.code).toBe('REQUEST_INVALID');
    const unknown = await engine.call('no.such.request', {});
    expect(!unknown.ok && unknown.error.code).toBe('REQUEST_UNKNOWN');
  });

  it('refuses to open a workspace that does not exist, with its error code', async () => {
    const opening = createEngineClient({
      workerPath,
      workspacePath: path.join(dir, 'missing.ficha'),
      readOnly: true,
      actor,
      logger: silentLogger,
    });
    await expect(opening).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
  });

  it('streams progress of an import and cancels it, leaving no dataset behind', async () => {
    const csv = path.join(dir, 'grande.csv');
    const lines = ['clave,entidad,valor,fecha'];
    for (let i = 0; i < 400_000; i++) {
      lines.push(`${String(i % 32).padStart(2, '0')},Entidad ${i % 32},${i * 1.5},2020-01-01`);
    }
    writeFileSync(csv, lines.join('\n'));

    const events: JobEvent[] = [];
    const stop = engine.onProgress((event) => {
      events.push(event);
      if (event.jobId === 'grande') engine.cancel('grande');
    });
    const result = await engine.call('import.run', { file: csv, jobId: 'grande' });
    stop();

    expect(events.some((event) => event.jobId === 'grande')).toBe(true);
    expect(!result.ok && result.error.code).toBe('CANCELLED');
    const datasets = await engine.call('datasets.list', {});
    expect(datasets.ok && datasets.value).toEqual([]);
  });

  it('imports a small file to the end when nobody cancels', async () => {
    const csv = path.join(dir, 'chica.csv');
    writeFileSync(csv, 'clave,entidad\n01,Aguascalientes\n02,Baja California\n');
    const result = await engine.call('import.run', { file: csv, jobId: 'chica' });
    expect(result.ok && (result.value as { rows: number }).rows).toBe(2);
  });
});
