import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** What the fake Electron recorded, for the tests to look at. */
export interface FakeElectronState {
  windows: FakeWindow[];
  ipc: Map<string, (...args: unknown[]) => unknown>;
  appEvents: Map<string, (...args: unknown[]) => unknown>;
  menu: unknown;
  protocolHandler: ((request: Request) => Promise<Response>) | null;
}

let nextId = 1;

class FakeContents extends EventEmitter {
  readonly id = nextId++;
  readonly send = vi.fn();
  setWindowOpenHandler() {}
}

/** A BrowserWindow that records its options and the URL it loads. */
export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  url: string | null = null;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    fakeState.windows.push(this);
  }

  static getFocusedWindow() {
    return fakeState.windows.at(-1) ?? null;
  }

  async loadURL(url: string) {
    this.url = url;
    this.emit('ready-to-show');
  }

  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  setRepresentedFilename() {}
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

export const fakeState: FakeElectronState = {
  windows: [],
  ipc: new Map(),
  appEvents: new Map(),
  menu: null,
  protocolHandler: null,
};

/** The parts of the `electron` module the main process uses. */
export function fakeElectron(profile: string, welcomeChoice: number) {
  return {
    app: {
      setName: vi.fn(),
      getPath: (name: string) => `${profile}/${name}`,
      getLocale: () => 'es-MX',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (event: string, listener: (...args: unknown[]) => unknown) =>
        fakeState.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: welcomeChoice })),
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (fakeState.menu = menu),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openPath: vi.fn(), showItemInFolder: vi.fn(), openExternal: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (_scheme: string, handler: FakeElectronState['protocolHandler']) =>
        (fakeState.protocolHandler = handler),
    },
    net: { fetch: (url: string) => fetch(url) },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
        fakeState.ipc.set(channel, handler),
      on: (channel: string, handler: (...args: unknown[]) => unknown) =>
        fakeState.ipc.set(channel, handler),
    },
  };
}
