import { describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
      handlers.set(channel, handler),
    on: (channel: string, handler: (...args: unknown[]) => unknown) =>
      handlers.set(channel, handler),
  },
}));

const { handleCall, registerIpc } = await import('../../electron/main/ipc');
const { isAppUrl } = await import('../../electron/main/security');
const { silentLogger } = await import('../../electron/engine/logger');

function fakeDeps() {
  const engine = {
    call: vi.fn(async () => ({ ok: true as const, value: 'answered' })),
    onProgress: () => () => {},
    cancel: () => {},
    close: async () => {},
  };
  const setLanguage = vi.fn();
  const deps = {
    engineFor: () => engine,
    isAppUrl: (url: string) => isAppUrl(url, undefined),
    setLanguage,
    logger: silentLogger,
  };
  return { engine, deps, setLanguage };
}

function eventFrom(url: string, parent: unknown = null) {
  return { senderFrame: { url, parent }, sender: { id: 1 } } as never;
}

describe('the IPC call handler', () => {
  it('passes a call from the app page to the engine', async () => {
    const { engine, deps } = fakeDeps();
    const result = await handleCall(eventFrom('app://ficha/index.html'), 'datasets.list', {}, deps);
    expect(result).toEqual({ ok: true, value: 'answered' });
    expect(engine.call).toHaveBeenCalledWith('datasets.list', {});
  });

  it('refuses a sender from another origin', async () => {
    const { engine, deps } = fakeDeps();
    const result = await handleCall(
      eventFrom('https://attacker.example/'),
      'dataset.delete',
      {},
      deps,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('HOST_REFUSED');
    expect(engine.call).not.toHaveBeenCalled();
  });

  it('refuses a frame embedded in the app page', async () => {
    const { engine, deps } = fakeDeps();
    const result = await handleCall(
      eventFrom('app://ficha/index.html', {}),
      'datasets.list',
      {},
      deps,
    );
    expect(result.ok).toBe(false);
    expect(engine.call).not.toHaveBeenCalled();
  });

  it('refuses a message with no sender frame', async () => {
    const { engine, deps } = fakeDeps();
    const event = { senderFrame: null, sender: { id: 1 } } as never;
    expect((await handleCall(event, 'datasets.list', {}, deps)).ok).toBe(false);
    expect(engine.call).not.toHaveBeenCalled();
  });

  it('registers only the generic call channel and the language message', async () => {
    const { deps, setLanguage } = fakeDeps();
    registerIpc(deps);
    expect([...handlers.keys()].sort()).toEqual(['ficha:call', 'ficha:language']);

    const language = handlers.get('ficha:language')!;
    language(eventFrom('https://attacker.example/'), 'en');
    language(eventFrom('app://ficha/index.html'), 'klingon');
    expect(setLanguage).not.toHaveBeenCalled();
    language(eventFrom('app://ficha/index.html'), 'en');
    expect(setLanguage).toHaveBeenCalledWith('en');
  });
});

describe('which pages count as the app', () => {
  it('accepts the app scheme and, in development only, the dev server', () => {
    expect(isAppUrl('app://ficha/index.html', undefined)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('app://other/index.html', undefined)).toBe(false);
    expect(isAppUrl('not a url', undefined)).toBe(false);
  });
});
