import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../shared/api';
import { silentLogger } from '../../electron/engine/logger';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';
import type { Host } from '../../electron/host/create-host';
import { createHost } from '../../electron/host/create-host';
import { call, send } from './http-helper';

let dir: string;
let host: Host;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-host-import-'));
  mkdirSync(path.join(dir, 'renderer'));
  const workspacePath = path.join(dir, 'trabajo.ficha');
  createWorkspace(workspacePath, { actor: { name: 'Prueba', email: '' } }).close();
  host = await createHost({
    workspacePath,
    staticDir: path.join(dir, 'renderer'),
    logger: silentLogger,
  });
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

function listen(events: JobEvent[]): Promise<http.IncomingMessage> {
  return new Promise((resolve) => {
    http.get(
      { host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` },
      (stream) => {
        let buffer = '';
        stream.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          const blocks = buffer.split('\n\n');
          buffer = blocks.pop() ?? '';
          for (const block of blocks) {
            if (block.startsWith('data: ')) events.push(JSON.parse(block.slice(6)));
          }
        });
        resolve(stream);
      },
    );
  });
}

describe('importing an uploaded file through the web host', () => {
  it('streams the import progress over Server-Sent Events and stores every row', async () => {
    const lines = ['clave,municipio,valor'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`${String(i % 2500).padStart(5, '0')},Lugar ${i},${i}`);
    const events: JobEvent[] = [];
    const stream = await listen(events);

    const upload = await send(host.port, {
      method: 'POST',
      path: '/api/upload?name=municipios.csv',
      headers: { authorization: `Bearer ${host.token}` },
      body: lines.join('\n'),
    });
    const { file } = JSON.parse(upload.body).value;
    const reply = await call(host.port, host.token, 'import.run', { file, jobId: 'subida' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stream.destroy();

    const result = JSON.parse(reply.body);
    expect(result.ok).toBe(true);
    expect(result.value.rows).toBe(60_000);
    expect(result.value.dataset).toBe('municipios');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.jobId === 'subida')).toBe(true);
  });

  it('names an uploaded file by its own name, never by the host folder', async () => {
    const upload = await send(host.port, {
      method: 'POST',
      path: '/api/upload?name=vacio.csv',
      headers: { authorization: `Bearer ${host.token}` },
      body: '',
    });
    const { file } = JSON.parse(upload.body).value;
    const reply = await call(host.port, host.token, 'import.inspect', { file });

    expect(reply.body).not.toContain('ficha-uploads-');
    const result = JSON.parse(reply.body);
    expect(result.error.code).toBe('FILE_EMPTY');
    expect(result.error.message.es).toContain('vacio.csv');
  });

  it('cannot import a file on the machine by its path', async () => {
    const local = path.join(dir, 'local.csv');
    writeFileSync(local, 'a\n1\n');
    const reply = await call(host.port, host.token, 'import.run', { file: local });
    expect(JSON.parse(reply.body).error.code).toBe('REQUEST_INVALID');
  });
});
