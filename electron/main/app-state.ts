import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../preload/bridge';

/** What the app remembers between runs, in userData/state.json. */
export interface AppState {
  language: Language;
  /** Workspaces opened lately, newest first. */
  recent: string[];
  /** Whether the first-run offer of the sample workspace was made. */
  sampleOffered: boolean;
}

const maxRecent = 10;

/** Reads the remembered state, starting over when the file is missing or damaged. */
export function loadAppState(folder: string, defaultLanguage: Language): AppState {
  const fresh: AppState = { language: defaultLanguage, recent: [], sampleOffered: false };
  try {
    const saved = JSON.parse(
      readFileSync(path.join(folder, 'state.json'), 'utf8'),
    ) as Partial<AppState>;
    return {
      language:
        saved.language === 'en' || saved.language === 'es' ? saved.language : fresh.language,
      recent: Array.isArray(saved.recent) ? saved.recent.filter((f) => typeof f === 'string') : [],
      sampleOffered: saved.sampleOffered === true,
    };
  } catch {
    return fresh;
  }
}

/** Writes the state; losing it is harmless, so failures are ignored. */
export function saveAppState(folder: string, state: AppState): void {
  try {
    writeFileSync(path.join(folder, 'state.json'), JSON.stringify(state, null, 2));
  } catch {
    // The recent list is a convenience; a read-only profile must not stop the app.
  }
}

/** Puts a workspace first in the recent list, dropping missing files. */
export function withRecent(state: AppState, file: string): AppState {
  const recent = [file, ...state.recent.filter((each) => each !== file)]
    .filter((each) => existsSync(each))
    .slice(0, maxRecent);
  return { ...state, recent };
}
