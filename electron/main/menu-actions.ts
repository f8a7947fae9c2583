import { app, dialog, shell } from 'electron';
import { isFichaError } from '../../shared/errors';
import type { Logger } from '../engine/logger';
import { defaultActor } from '../engine/workspace/actor';
import { createWorkspace } from '../engine/workspace/create-workspace';
import type { Language } from '../preload/bridge';
import type { AppState } from './app-state';
import { askNewWorkspacePath, askSheetToImport, askWorkspaceToOpen } from './dialogs';
import type { MenuActions } from './menu-template';
import { messages } from './messages';
import { ensureSampleWorkspace } from './sample';
import type { WorkspaceWindows } from './workspace-windows';

/** What the menu's actions reach in the main process. */
export interface MenuActionContext {
  windows: WorkspaceWindows;
  logger: Logger & { file: string };
  userData: string;
  state(): AppState;
  update(next: AppState): void;
}

/**
 * The menu's actions: dialogs run here, in the main process; what the page
 * must do (import a chosen sheet, undo, export) reaches it as a MenuEvent.
 */
export function createMenuActions(context: MenuActionContext) {
  const { windows, logger } = context;
  const t = () => messages[context.state().language];
  const parent = () => windows.current() ?? undefined;

  return {
    async newWorkspace() {
      const file = await askNewWorkspacePath(context.state().language, parent());
      if (!file) return;
      try {
        createWorkspace(file, { actor: defaultActor(), logger }).close();
      } catch (error) {
        if (!isFichaError(error)) throw error;
        dialog.showErrorBox(t().cannotOpen, error.data.message[context.state().language]);
        return;
      }
      await windows.open(file);
    },
    async open() {
      const file = await askWorkspaceToOpen(context.state().language, parent());
      if (file) await windows.open(file);
    },
    openRecent: (file: string) => void windows.open(file),
    clearRecent() {
      app.clearRecentDocuments();
      context.update({ ...context.state(), recent: [] });
    },
    async openSample() {
      const file = await ensureSampleWorkspace(context.userData, logger);
      if (file) await windows.open(file);
      else dialog.showErrorBox(t().cannotOpen, t().sampleFailed);
    },
    async importSheet() {
      const window = windows.current();
      if (!window) return void dialog.showErrorBox('Ficha', t().noWindow);
      const file = await askSheetToImport(context.state().language, window);
      if (file) windows.send({ action: 'import', file }, window);
    },
    exportPackage: () => windows.send({ action: 'export' }, windows.current()),
    undo: () => windows.send({ action: 'undo' }, windows.current()),
    redo: () => windows.send({ action: 'redo' }, windows.current()),
    setLanguage(language: Language) {
      context.update({ ...context.state(), language });
      windows.send({ action: 'language', language });
    },
    about() {
      void dialog.showMessageBox({
        type: 'info',
        title: 'Ficha',
        message: `Ficha ${app.getVersion()}`,
        detail: t().aboutDetail,
      });
    },
    openLog: () => void shell.openPath(logger.file),
    showLogFolder: () => shell.showItemInFolder(logger.file),
  } satisfies MenuActions;
}
