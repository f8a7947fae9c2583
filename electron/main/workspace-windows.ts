import { BrowserWindow, dialog } from 'electron';
import type { WebContents } from 'electron';
import path from 'node:path';
import { errorData, isFichaError } from '../../shared/errors';
import { createEngineClient } from '../engine/jobs/engine-client';
import type { Engine } from '../engine/jobs/engine';
import type { Logger } from '../engine/logger';
import { defaultActor } from '../engine/workspace/actor';
import type { Language, MenuEvent } from '../preload/bridge';
import { channels } from '../preload/bridge';
import { messages } from './messages';
import { workspaceWindowOptions } from './window-options';

/** Where the built pieces are and how windows report back. */
export interface WindowDependencies {
  preloadPath: string;
  workerPath: string;
  rendererUrl: string;
  logger: Logger;
  language(): Language;
  onOpened(file: string): void;
}

interface Entry {
  file: string;
  window: BrowserWindow;
  engine: Engine;
}

/**
 * One window per workspace, each with its own engine worker. Opening a
 * workspace that already has a window focuses that window.
 */
export class WorkspaceWindows {
  private readonly byFile = new Map<string, Entry>();
  private readonly byContents = new Map<number, Entry>();
  /** Workspaces whose engine is starting, so a double click does not open two. */
  private readonly opening = new Set<string>();

  constructor(private readonly deps: WindowDependencies) {}

  /** Opens a workspace in a new window; false when it could not be opened. */
  async open(file: string): Promise<boolean> {
    const resolved = path.resolve(file);
    const existing = this.byFile.get(resolved);
    if (existing) {
      if (existing.window.isMinimized()) existing.window.restore();
      existing.window.focus();
      return true;
    }

    if (this.opening.has(resolved)) return true;
    this.opening.add(resolved);
    const engine = await this.startEngine(resolved).finally(() => this.opening.delete(resolved));
    if (!engine) return false;

    const title = `${path.basename(resolved)} — Ficha`;
    const window = new BrowserWindow(workspaceWindowOptions(this.deps.preloadPath, title));
    const entry: Entry = { file: resolved, window, engine };
    const contentsId = window.webContents.id;
    this.byFile.set(resolved, entry);
    this.byContents.set(contentsId, entry);

    const stopProgress = engine.onProgress((event) => {
      if (!window.isDestroyed()) window.webContents.send(channels.progress, event);
    });
    window.setRepresentedFilename(resolved);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      stopProgress();
      this.byFile.delete(resolved);
      this.byContents.delete(contentsId);
      void engine.close();
    });

    try {
      await window.loadURL(this.deps.rendererUrl);
    } catch (error) {
      this.deps.logger.error('[windows] the interface did not load', error);
    }
    this.deps.onOpened(resolved);
    this.deps.logger.info('[windows] opened a workspace window');
    return true;
  }

  /** The engine behind a window's page. */
  engineFor(contents: WebContents): Engine | null {
    return this.byContents.get(contents.id)?.engine ?? null;
  }

  /** The focused workspace window, or the last one opened. */
  current(): BrowserWindow | null {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && this.byContents.has(focused.webContents.id)) return focused;
    return [...this.byFile.values()].at(-1)?.window ?? null;
  }

  /** Sends a menu event to one window, or to every window. */
  send(event: MenuEvent, window: BrowserWindow | null = null): void {
    const targets = window ? [window] : [...this.byFile.values()].map((entry) => entry.window);
    for (const target of targets) {
      if (!target.isDestroyed()) target.webContents.send(channels.menu, event);
    }
  }

  count(): number {
    return this.byFile.size;
  }

  private async startEngine(file: string): Promise<Engine | null> {
    try {
      return await createEngineClient({
        workerPath: this.deps.workerPath,
        workspacePath: file,
        readOnly: false,
        ifLocked: 'readOnly',
        actor: defaultActor(),
        logger: this.deps.logger,
      });
    } catch (error) {
      const language = this.deps.language();
      const data = isFichaError(error) ? error.data : errorData('UNEXPECTED');
      if (!isFichaError(error)) this.deps.logger.error('[windows] the engine did not start', error);
      dialog.showErrorBox(messages[language].cannotOpen, data.message[language]);
      return null;
    }
  }
}
