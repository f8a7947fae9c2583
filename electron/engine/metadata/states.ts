import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { foldKey } from '../../../shared/vocabularies/fold';

interface StateEntry {
  key: string;
  name: string;
  abbreviation?: string;
  variants?: string[];
}

let cache: Map<string, string> | null = null;

/** Candidate locations of resources/vocabularies in the source tree and in builds. */
function vocabularyFile(): string | null {
  const candidates = [
    path.resolve(__dirname, '../../../resources/vocabularies/inegi-states.json'),
    path.resolve(__dirname, '../../resources/vocabularies/inegi-states.json'),
    path.resolve(process.cwd(), 'resources/vocabularies/inegi-states.json'),
  ];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/**
 * INEGI state keys by folded name, abbreviation and variant ("cdmx",
 * "edo de mexico"), read once from resources/vocabularies/inegi-states.json.
 * Empty when the catalogue is not shipped.
 */
export function stateKeysByName(): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  const file = vocabularyFile();
  if (!file) return cache;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { states: StateEntry[] };
  for (const state of data.states) {
    for (const name of [state.name, state.abbreviation ?? '', ...(state.variants ?? [])]) {
      if (name !== '') cache.set(foldKey(name), state.key);
    }
  }
  return cache;
}
