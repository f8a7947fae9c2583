import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/engine/logger';
import type { Host } from '../../electron/host/create-host-server';
import { createHostServer } from '../../electron/host/create-host-server';
import { fakeEngine } from './fake-engine';
import { call, send } from './http-helper';

let dir: string;
let staticDir: string;
let host: Host;
let readOnlyHost: Host;
const engine = fakeEngine();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-host-'));
  staticDir = path.join(dir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Ficha</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'not for the browser');

  host = await createHostServer({ engine, staticDir, logger: silentLogger });
  readOnlyHost = await createHostServer({
    engine: fakeEngine(),
    staticDir,
    logger: silentLogger,
    readOnly: true,
  });
});

afterAll(async () => {
  await host.close();
  await readOnlyHost.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web host', () => {
  it('listens on the loopback address only', () => {
    const address = host.server.address() as net.AddressInfo;
    expect(address.address).toBe('127.0.0.1');
  });

  it('cannot be reached on another interface of the machine', async () => {
    const other = Object.values(os.networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
    if (!other) return;

    const outcome = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: other.address, port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });

  it('prints a URL that carries a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
    expect(host.token).not.toBe(readOnlyHost.token);
  });

  it('refuses API requests without the token', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      body: '{}',
    });
    expect(reply.status).toBe(401);
  });

  it('refuses API requests with a wrong token', async () => {
    const reply = await call(host.port, 'x'.repeat(host.token.length), 'datasets.list');
    expect(reply.status).toBe(401);
  });

  it('answers API requests that carry the token in either header', async () => {
    const bearer = await call(host.port, host.token, 'datasets.list');
    expect(JSON.parse(bearer.body)).toEqual({ ok: true, value: { name: 'datasets.list' } });

    const custom = await send(host.port, {
      method: 'POST',
      path: '/api/call/workspace.info',
      headers: { 'x-ficha-token': host.token },
      body: '{}',
    });
    expect(custom.status).toBe(200);
  });

  it('refuses a Host header that is not its own, against DNS rebinding', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      headers: { host: `attacker.example:${host.port}`, authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(reply.status).toBe(403);
  });

  it('refuses API requests from another origin', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      headers: { origin: 'https://attacker.example', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(reply.status).toBe(403);
  });

  it('answers a malformed body with REQUEST_INVALID', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      headers: { authorization: `Bearer ${host.token}` },
      body: '[1, 2',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('REQUEST_INVALID');
  });
});

describe('a read-only web host', () => {
  it('refuses a request that writes with WORKSPACE_READ_ONLY', async () => {
    for (const name of ['dataset.delete', 'import.run']) {
      const reply = await call(readOnlyHost.port, readOnlyHost.token, name, {
        dataset: 'x',
        file: 'a',
      });
      expect(JSON.parse(reply.body).error.code).toBe('WORKSPACE_READ_ONLY');
    }
  });

  it('still answers requests that only read', async () => {
    const reply = await call(readOnlyHost.port, readOnlyHost.token, 'datasets.list');
    expect(JSON.parse(reply.body).ok).toBe(true);
  });

  it('refuses uploads', async () => {
    const reply = await send(readOnlyHost.port, {
      method: 'POST',
      path: '/api/upload?name=a.csv',
      headers: { authorization: `Bearer ${readOnlyHost.token}` },
      body: 'a,b\n1,2\n',
    });
    expect(JSON.parse(reply.body).error.code).toBe('WORKSPACE_READ_ONLY');
  });
});

describe('the static files of the web host', () => {
  it('refuses the page without the token', async () => {
    const reply = await send(host.port, { path: '/' });
    expect(reply.status).toBe(401);
  });

  it('serves the page with the token in the URL and remembers it in a cookie', async () => {
    const reply = await send(host.port, { path: `/?token=${host.token}` });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const later = await send(host.port, {
      path: '/assets/app.js',
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(later.status).toBe(200);
    expect(later.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('does not accept the cookie as a token for the API', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      headers: { cookie: `ficha_token_${host.port}=${host.token}` },
      body: '{}',
    });
    expect(reply.status).toBe(401);
  });

  it('falls back to index.html for routes of the app', async () => {
    const reply = await send(host.port, { path: `/datasets/ventas?token=${host.token}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Ficha</title>');
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    for (const climb of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const reply = await send(host.port, { path: `${climb}?token=${host.token}` });
      expect(reply.status, climb).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain('not for the browser');
    }
  });
});

describe('uploads to the web host', () => {
  it('turns an uploaded file into a reference that import requests can use', async () => {
    const upload = await send(host.port, {
      method: 'POST',
      path: `/api/upload?name=${encodeURIComponent('../población.csv')}`,
      headers: { authorization: `Bearer ${host.token}` },
      body: 'clave,nombre\n01,Aguascalientes\n',
    });
    const { value } = JSON.parse(upload.body);
    expect(value.file).toMatch(/^upload:[0-9a-f]+\/población\.csv$/);

    await call(host.port, host.token, 'import.inspect', { file: value.file });
    const forwarded = engine.calls.at(-1)?.params as { file: string };
    expect(path.basename(forwarded.file)).toBe('población.csv');
    expect(path.isAbsolute(forwarded.file)).toBe(true);
  });

  it('refuses a path on the machine that was not uploaded', async () => {
    const reply = await call(host.port, host.token, 'import.inspect', { file: '/etc/passwd' });
    expect(JSON.parse(reply.body).error.code).toBe('REQUEST_INVALID');
    expect(engine.calls.some((c) => (c.params as { file?: string }).file === '/etc/passwd')).toBe(
      false,
    );
  });
});

describe('progress over Server-Sent Events', () => {
  it('delivers progress events of a long request while it runs', async () => {
    const events: unknown[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve) => {
      http.get(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/api/events?token=${host.token}`,
        },
        resolve,
      );
    });
    expect(stream.headers['content-type']).toContain('text/event-stream');
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
      }
    });

    const reply = await call(host.port, host.token, 'import.run', {
      file: 'upload:none',
      jobId: 'j1',
    });
    expect(JSON.parse(reply.body).error.code).toBe('REQUEST_INVALID');

    const upload = await send(host.port, {
      method: 'POST',
      path: '/api/upload?name=a.csv',
      headers: { authorization: `Bearer ${host.token}` },
      body: 'a\n1\n',
    });
    const file = JSON.parse(upload.body).value.file;
    await call(host.port, host.token, 'import.run', { file, jobId: 'j2' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stream.destroy();

    expect(events).toEqual(
      [1, 2, 3].map((done) => ({
        jobId: 'j2',
        progress: { phase: 'rows', done, total: 3, unit: 'rows' },
      })),
    );
  });

  it('refuses the event stream without the token', async () => {
    const reply = await send(host.port, { path: '/api/events' });
    expect(reply.status).toBe(401);
  });
});
