// The desktop app's main process: one window per workspace, a single
// instance, the native menu, and the security settings of the checklist.
import { app, Menu, session, shell } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { loadAppState, saveAppState, withRecent } from './app-state';
import type { AppState } from './app-state';
import { askHowToStart } from './dialogs';
import { registerIpc } from './ipc';
import { launchFiles } from './launch-files';
import type { LaunchFiles } from './launch-files';
import { createFileLogger } from './log-file';
import { createMenuActions } from './menu-actions';
import { menuTemplate } from './menu-template';
import { builtPaths, devServerUrl, rendererUrl } from './paths';
import {
  denyPermissions,
  enforceContentSecurityPolicy,
  hardenContents,
  isAppUrl,
} from './security';
import { WorkspaceWindows } from './workspace-windows';

// The same profile folder in development and in the installed app.
app.setName('Ficha');
registerAppScheme();
const logger = createFileLogger(app.getPath('logs'));
process.on('uncaughtException', (error) => logger.error('[main] uncaught exception', error));
process.on('unhandledRejection', (error) => logger.error('[main] unhandled rejection', error));

if (app.requestSingleInstanceLock()) start();
else app.quit();

function start() {
  const userData = app.getPath('userData');
  let state: AppState = loadAppState(userData, app.getLocale().startsWith('es') ? 'es' : 'en');
  const pending: LaunchFiles = launchFiles(process.argv, process.cwd());
  let ready = false;

  const windows = new WorkspaceWindows({
    preloadPath: builtPaths.preload,
    workerPath: builtPaths.worker,
    rendererUrl,
    logger,
    language: () => state.language,
    onOpened(file) {
      app.addRecentDocument(file);
      update(withRecent(state, file));
    },
  });

  function update(next: AppState) {
    state = next;
    saveAppState(userData, state);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuState(), actions)));
  }

  function menuState() {
    return {
      language: state.language,
      platform: process.platform,
      recent: state.recent,
      development: devServerUrl !== undefined,
    };
  }

  async function handle(files: LaunchFiles) {
    for (const file of files.workspaces) await windows.open(file);
    const window = windows.current();
    for (const file of files.sheets) {
      if (window) windows.send({ action: 'import', file }, window);
      else
        logger.warn('[main] a sheet was named at launch with no workspace open to import it into');
    }
  }

  async function welcome() {
    const choice = await askHowToStart(state.language);
    update({ ...state, sampleOffered: true });
    if (choice === 'sample') await actions.openSample();
    else if (choice === 'new') await actions.newWorkspace();
    else if (choice === 'open') await actions.open();
    if (windows.count() === 0 && process.platform !== 'darwin') app.quit();
  }

  const actions = createMenuActions({
    windows,
    logger,
    userData,
    state: () => state,
    update,
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, (url) => void shell.openExternal(url), logger);
  });

  app.on('open-file', (event, file) => {
    event.preventDefault();
    const files = launchFiles(['', file], process.cwd());
    if (ready) void handle(files);
    else {
      pending.workspaces.push(...files.workspaces);
      pending.sheets.push(...files.sheets);
    }
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = launchFiles(argv, workingDirectory);
    if (files.workspaces.length || files.sheets.length) void handle(files);
    else if (windows.current()) windows.current()?.focus();
    else void welcome();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (ready && windows.count() === 0) void welcome();
  });

  void app.whenReady().then(async () => {
    logger.info('[main] Ficha started', { version: app.getVersion(), platform: process.platform });
    denyPermissions(session.defaultSession);
    if (!devServerUrl) {
      enforceContentSecurityPolicy(session.defaultSession);
      serveRenderer(builtPaths.renderer);
    }
    registerIpc({
      engineFor: (contents) => windows.engineFor(contents),
      isAppUrl: (url) => isAppUrl(url, devServerUrl),
      setLanguage: (language) => update({ ...state, language }),
      logger,
    });
    update(state);
    ready = true;

    await handle(pending);
    const last = state.recent[0];
    if (windows.count() === 0 && state.sampleOffered && last) await windows.open(last);
    if (windows.count() === 0) await welcome();
  });
}
