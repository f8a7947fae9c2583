import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeState } from './fake-electron';

// The whole main process, started against a fake Electron: the first run
// offers the sample, the person takes it, a window opens on it with its
// engine in a worker thread, and the window's page can call the engine.
const where = vi.hoisted(() => {
  const stamp = `${process.pid}-${Date.now()}`;
  return {
    profile: `${process.env.TMPDIR ?? '/tmp'}/ficha-main-${stamp}`,
    worker: `${process.cwd()}/node_modules/.cache/ficha-tests/main-worker-${stamp}.cjs`,
  };
});

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron(where.profile, 0));
vi.mock('../../electron/main/paths', () => ({
  builtPaths: {
    preload: '/app/out/preload/index.js',
    renderer: `${where.profile}/renderer`,
    worker: where.worker,
  },
  devServerUrl: undefined,
  rendererUrl: 'app://ficha/index.html',
}));

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

beforeAll(async () => {
  mkdirSync(`${where.profile}/renderer`, { recursive: true });
  writeFileSync(`${where.profile}/renderer/index.html`, '<!doctype html><title>Ficha</title>');
  await build({
    entryPoints: [path.resolve(__dirname, '../../electron/engine/jobs/worker.ts')],
    outfile: where.worker,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'silent',
  });
  await import('../../electron/main/index');
  await until(() => fakeState.windows[0]?.url !== null && fakeState.windows.length > 0, 'a window');
});

afterAll(async () => {
  for (const window of fakeState.windows) window.close();
  await new Promise((r) => setTimeout(r, 300));
  rmSync(where.profile, { recursive: true, force: true });
  rmSync(where.worker, { force: true });
});

describe('the main process on first run', () => {
  it('opens the sample workspace in one secure window', () => {
    expect(fakeState.windows).toHaveLength(1);
    const [window] = fakeState.windows;
    expect(window.url).toBe('app://ficha/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(existsSync(`${where.profile}/userData/ejemplo/ejemplo.ficha`)).toBe(true);
  });

  it('answers calls from the window page through its engine worker', async () => {
    const call = fakeState.ipc.get('ficha:call')!;
    const event = {
      sender: fakeState.windows[0].webContents,
      senderFrame: { url: 'app://ficha/index.html', parent: null },
    };
    const result = (await call(event, 'datasets.list', {})) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value.length).toBeGreaterThanOrEqual(1);
  });

  it('remembers the workspace as recent and the sample as offered', () => {
    const state = JSON.parse(readFileSync(`${where.profile}/userData/state.json`, 'utf8'));
    expect(state.sampleOffered).toBe(true);
    expect(state.recent[0]).toBe(path.join(where.profile, 'userData/ejemplo/ejemplo.ficha'));
  });

  it('serves the renderer over app:// with the security headers and no traversal', async () => {
    const handler = fakeState.protocolHandler!;
    const page = await handler(new Request('app://ficha/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Ficha</title>');

    const climb = await handler(new Request('app://ficha/..%2f..%2fetc%2fpasswd'));
    expect(climb.status).toBeGreaterThanOrEqual(400);
  });

  it('writes its log in the logs folder', () => {
    const log = readFileSync(`${where.profile}/logs/ficha.log`, 'utf8');
    expect(log).toMatch(/INFO \[main\] Ficha started/);
    expect(log).toMatch(/\[windows\] opened a workspace window/);
  });

  it('builds the menu in Spanish for a Spanish locale', () => {
    const menu = fakeState.menu as { label: string }[];
    expect(menu.map((item) => item.label)).toContain('Archivo');
  });
});
