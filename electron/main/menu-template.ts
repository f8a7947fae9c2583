import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../preload/bridge';
import { menuLabels } from './menu-labels';

/** What the menu's items do; the main process supplies them. */
export interface MenuActions {
  newWorkspace(): void;
  open(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  openSample(): void;
  importSheet(): void;
  exportPackage(): void;
  undo(): void;
  redo(): void;
  setLanguage(language: Language): void;
  about(): void;
  openLog(): void;
  showLogFolder(): void;
}

/** What the menu is built from besides its actions. */
export interface MenuState {
  language: Language;
  platform: NodeJS.Platform;
  recent: string[];
  development: boolean;
}

/**
 * The native menu in the chosen language. Shortcuts follow each platform:
 * CmdOrCtrl everywhere, redo on Ctrl+Y on Windows and Shift+Cmd+Z
 * elsewhere, About and Quit in the application menu on macOS.
 */
export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = menuLabels[state.language];
  const mac = state.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: 'Ficha',
    submenu: [
      { label: t.about, click: () => actions.about() },
      { type: 'separator' },
      { label: t.hide, role: 'hide' },
      { label: t.hideOthers, role: 'hideOthers' },
      { label: t.showAll, role: 'unhide' },
      { type: 'separator' },
      { label: t.quit, role: 'quit' },
    ],
  };

  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? [
        ...state.recent.map((file) => ({ label: file, click: () => actions.openRecent(file) })),
        { type: 'separator' as const },
        { label: t.clearRecent, click: () => actions.clearRecent() },
      ]
    : [{ label: t.noRecent, enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newWorkspace, accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: t.open, accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: t.openRecent, submenu: recent },
      { label: t.openSample, click: () => actions.openSample() },
      { type: 'separator' },
      { label: t.importSheet, accelerator: 'CmdOrCtrl+I', click: () => actions.importSheet() },
      { label: t.exportPackage, accelerator: 'CmdOrCtrl+E', click: () => actions.exportPackage() },
      { type: 'separator' },
      { label: t.close, role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [{ type: 'separator' as const }, { label: t.quit, role: 'quit' as const }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
      {
        label: t.redo,
        accelerator: state.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
        click: () => actions.redo(),
      },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      {
        label: t.language,
        submenu: (['es', 'en'] as const).map((language) => ({
          label: language === 'es' ? 'Español' : 'English',
          type: 'radio' as const,
          checked: state.language === language,
          click: () => actions.setLanguage(language),
        })),
      },
      { type: 'separator' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.fullScreen, role: 'togglefullscreen' },
      ...(state.development
        ? [
            { type: 'separator' as const },
            { label: t.reload, role: 'reload' as const },
            { label: t.devTools, role: 'toggleDevTools' as const },
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [{ label: t.minimize, role: 'minimize' }, { role: 'front' }],
  };

  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [
      ...(mac ? [] : [{ label: t.about, click: () => actions.about() }]),
      { label: t.log, click: () => actions.openLog() },
      { label: t.logFolder, click: () => actions.showLogFolder() },
    ],
  };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}
