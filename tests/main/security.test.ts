import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../electron/engine/logger';
import { contentSecurityPolicy } from '../../electron/host/content-security-policy';
import {
  denyPermissions,
  enforceContentSecurityPolicy,
  hardenContents,
} from '../../electron/main/security';
import { workspaceWindowOptions } from '../../electron/main/window-options';

vi.mock('electron', () => ({}));

function fakeContents() {
  const contents = new EventEmitter() as EventEmitter & {
    openHandler?: (details: { url: string }) => { action: string };
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
  };
  contents.setWindowOpenHandler = (handler) => {
    contents.openHandler = handler;
  };
  return contents;
}

describe('the window of a workspace', () => {
  it('runs its page isolated, sandboxed and without Node', () => {
    const options = workspaceWindowOptions('/app/out/preload/index.js', 'x.ficha — Ficha');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('hardened web contents', () => {
  it('denies every navigation and redirect', () => {
    const contents = fakeContents();
    hardenContents(contents as never, vi.fn(), silentLogger);

    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, 'https://attacker.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('denies new windows and sends only https links to the system browser', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    hardenContents(contents as never, openExternal, silentLogger);

    expect(contents.openHandler!({ url: 'https://datos.gob.mx/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://datos.gob.mx/']]);
  });
});

describe('the session', () => {
  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyPermissions(session as never);

    const answer = vi.fn();
    request!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });

  it('adds the Content-Security-Policy header to responses', () => {
    let listener: ((details: unknown, cb: (r: unknown) => void) => void) | undefined;
    const session = { webRequest: { onHeadersReceived: (l: typeof listener) => (listener = l) } };
    enforceContentSecurityPolicy(session as never);

    const respond = vi.fn();
    listener!({ responseHeaders: { 'X-Other': ['1'] } }, respond);
    expect(respond).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });

  it('uses a policy that allows no remote or inline scripts and no eval', () => {
    const script = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });
});
