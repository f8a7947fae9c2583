import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The options of a workspace window, as Electron's security checklist
 * asks: the page runs sandboxed, isolated from the preload's world, with
 * no Node, web security on, and no way to navigate by dropping a file.
 */
export function workspaceWindowOptions(
  preload: string,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
