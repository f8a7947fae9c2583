import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../electron/engine/logger';
import type { FichaBridge } from '../../electron/preload/bridge';
import type { Host } from '../../electron/host/create-host-server';
import { createHostServer } from '../../electron/host/create-host-server';
import { httpTransport } from '../../renderer/transport/http-transport';
import { ipcTransport } from '../../renderer/transport/ipc-transport';
import { fakeEngine } from './fake-engine';

let dir: string;
let host: Host;
const engine = fakeEngine();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-transport-'));
  host = await createHostServer({ engine, staticDir: dir, logger: silentLogger });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the HTTP transport', () => {
  it('calls a request of the contract and returns its result', async () => {
    const transport = httpTransport(`http://127.0.0.1:${host.port}`, host.token);
    expect(await transport.call('datasets.list', {})).toEqual({
      ok: true,
      value: { name: 'datasets.list' },
    });
  });

  it('turns a refused token into HOST_REFUSED, not an exception', async () => {
    const transport = httpTransport(`http://127.0.0.1:${host.port}`, 'wrong');
    const result = await transport.call('datasets.list', {});
    expect(!result.ok && result.error.code).toBe('HOST_REFUSED');
  });

  it('turns a host that is gone into HOST_UNREACHABLE', async () => {
    const transport = httpTransport('http://127.0.0.1:9', host.token);
    const result = await transport.call('datasets.list', {});
    expect(!result.ok && result.error.code).toBe('HOST_UNREACHABLE');
  });

  it('uploads a file and gets back a reference the import requests take', async () => {
    const transport = httpTransport(`http://127.0.0.1:${host.port}`, host.token);
    const file = new File(['clave,nombre\n01,Aguascalientes\n'], 'estados.csv');
    const uploaded = await transport.uploadFile(file);
    expect(uploaded.ok && uploaded.value.name).toBe('estados.csv');

    await transport.call('import.inspect', { file: uploaded.ok ? uploaded.value.file : '' });
    const forwarded = engine.calls.at(-1)?.params as { file: string };
    expect(readFileSync(forwarded.file, 'utf8')).toContain('Aguascalientes');
  });
});

describe('the IPC transport', () => {
  function bridge(path: string): FichaBridge {
    return {
      call: vi.fn(async () => ({ ok: true as const, value: 1 })),
      onProgress: () => () => {},
      onMenu: () => () => {},
      getPathForFile: () => path,
      setLanguage: vi.fn(),
    };
  }

  it('passes calls to the preload bridge', async () => {
    const fake = bridge('/datos/a.csv');
    const transport = ipcTransport(fake);
    expect(await transport.call('datasets.list', {})).toEqual({ ok: true, value: 1 });
    expect(fake.call).toHaveBeenCalledWith('datasets.list', {});
  });

  it('uses the dropped file path instead of uploading it', async () => {
    const transport = ipcTransport(bridge('/datos/a.csv'));
    const uploaded = await transport.uploadFile(new File(['x'], 'a.csv'));
    expect(uploaded).toEqual({ ok: true, value: { file: '/datos/a.csv', name: 'a.csv', size: 1 } });
  });

  it('says the file was not found when it has no path on disk', async () => {
    const transport = ipcTransport(bridge(''));
    const uploaded = await transport.uploadFile(new File(['x'], 'pegado.csv'));
    expect(!uploaded.ok && uploaded.error.code).toBe('FILE_NOT_FOUND');
  });
});
