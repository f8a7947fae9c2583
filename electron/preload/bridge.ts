import type { JobEvent } from '../../shared/api';
import type { Result } from '../../shared/result';

/** The languages of the interface and of the native menu. */
export type Language = 'es' | 'en';

/**
 * What the native menu asks the window to do. Actions that need a dialog
 * (import, new, open) run their dialog in the main process first; the
 * window receives the outcome, e.g. the path of the sheet to import.
 */
export type MenuEvent =
  | { action: 'import'; file: string }
  | { action: 'export' }
  | { action: 'undo' }
  | { action: 'redo' }
  | { action: 'language'; language: Language };

/** A file the renderer can pass as `file` to import requests. */
export interface UploadedFile {
  /** A path (desktop) or an upload reference (web host). */
  file: string;
  name: string;
  size: number;
}

/**
 * The only thing the preload script exposes to the page, as
 * `window.ficha`: one generic call into the engine, progress and menu
 * events, and the path of a file dropped or picked in the page.
 */
export interface FichaBridge {
  call(name: string, params: unknown): Promise<Result<unknown>>;
  onProgress(listener: (event: JobEvent) => void): () => void;
  onMenu(listener: (event: MenuEvent) => void): () => void;
  /** The path on disk of a File from a drop or an <input type=file>; '' when none. */
  getPathForFile(file: File): string;
  /** Tells the main process the interface's language, so the menu follows it. */
  setLanguage(language: Language): void;
}

/** The IPC channels between preload and main; nothing else is listened to. */
export const channels = {
  call: 'ficha:call',
  progress: 'ficha:progress',
  menu: 'ficha:menu',
  language: 'ficha:language',
} as const;
