import data from '../../resources/vocabularies/inegi-municipalities.json';

/** A municipality (or Mexico City borough) as INEGI keys it. */
export interface Municipality {
  /** Five digits: the state's two and the municipality's three ("14039"). */
  key: string;
  /** The state's two-digit key ("14"). */
  state: string;
  /** The official name ("Guadalajara"). */
  name: string;
  /** Other spellings met in tables: older official names, district suffixes. */
  variants?: string[];
}

/** What a name means in the catalogue: one municipality, several, or none. */
export type MunicipalityMatch =
  | { status: 'found'; municipality: Municipality }
  | { status: 'ambiguous'; candidates: Municipality[] }
  | { status: 'unknown' };

/** The catalogue's title, source and date, for citing it. */
export const municipalityCatalogue = {
  title: data.title,
  source: data.source,
  date: data.date,
};

/** Every municipality with its five-digit INEGI key, ordered by key. */
export const municipalities: readonly Municipality[] = data.municipalities;

/** Abbreviations found in municipality names, written out. */
const abbreviations: Record<string, string> = {
  dr: 'doctor',
  gral: 'general',
  grl: 'general',
  sta: 'santa',
  sto: 'santo',
  cd: 'ciudad',
  hca: 'heroica',
  h: 'heroica',
  nal: 'nacional',
  mpio: 'municipio',
  mun: 'municipio',
  edo: 'estado',
};

/** Words that open a cell without being part of the name ("Municipio de Zapopan"). */
const prefix = /^(municipio|alcaldia|delegacion|demarcacion territorial)( de| del)?\s+/;

/**
 * Folds a municipality name for comparison: no accents, case or
 * punctuation, abbreviations written out and "Municipio de" dropped.
 * "Mpio. de Gral. Escobedo" and "General Escobedo" fold alike.
 */
export function foldMunicipalityName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9ñ]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => abbreviations[word] ?? word);
  return words.join(' ').replace(prefix, '');
}

/** A looser form tried when the folded name is not found: no article or "Heroica" first. */
function looseName(folded: string): string {
  return folded.replace(/^(heroica ciudad de|heroica villa de|heroica|el|la|los|las)\s+/, '');
}

interface MunicipalityIndex {
  exact: Map<string, Municipality[]>;
  loose: Map<string, Municipality[]>;
  byKey: Map<string, Municipality>;
}

let index: MunicipalityIndex | null = null;

function add(map: Map<string, Municipality[]>, name: string, municipality: Municipality): void {
  const list = map.get(name) ?? [];
  if (!list.includes(municipality)) list.push(municipality);
  map.set(name, list);
}

function municipalityIndex(): MunicipalityIndex {
  if (index) return index;
  const built: MunicipalityIndex = { exact: new Map(), loose: new Map(), byKey: new Map() };
  for (const municipality of municipalities) {
    built.byKey.set(municipality.key, municipality);
    for (const name of [municipality.name, ...(municipality.variants ?? [])]) {
      const folded = foldMunicipalityName(name);
      add(built.exact, folded, municipality);
      add(built.loose, looseName(folded), municipality);
    }
  }
  index = built;
  return built;
}

/** Normalises a state key given as "9", "09" or 9; null when it is not one. */
function stateKeyOf(stateKey: string | number | undefined): string | null {
  if (stateKey === undefined || stateKey === '') return null;
  const digits = String(stateKey).trim();
  if (!/^\d{1,2}$/.test(digits)) return null;
  return digits.padStart(2, '0');
}

function byKey(text: string, state: string | null): Municipality | undefined {
  const keys = municipalityIndex().byKey;
  if (/^\d{5}$/.test(text)) return keys.get(text);
  if (state && /^\d{1,3}$/.test(text)) return keys.get(state + text.padStart(3, '0'));
  return undefined;
}

function matchOf(candidates: Municipality[]): MunicipalityMatch {
  if (candidates.length === 1) return { status: 'found', municipality: candidates[0] };
  if (candidates.length > 1) return { status: 'ambiguous', candidates };
  return { status: 'unknown' };
}

/**
 * Finds the municipality a name (or key) means, tolerant of accents, case,
 * "Mpio. de" and abbreviations. With a state key the search stays inside
 * that state; without one, a name shared by several states ("Benito
 * Juárez") is reported as ambiguous with its candidates, never guessed.
 */
export function findMunicipality(name: unknown, stateKey?: string | number): MunicipalityMatch {
  if (name === null || name === undefined) return { status: 'unknown' };
  const state = stateKeyOf(stateKey);
  const text = String(name).trim();

  const keyed = byKey(text, state);
  if (keyed) return state && keyed.state !== state ? { status: 'unknown' } : matchOf([keyed]);

  const folded = foldMunicipalityName(text);
  if (folded === '') return { status: 'unknown' };
  const { exact, loose } = municipalityIndex();
  const inState = (list: Municipality[] | undefined) =>
    (list ?? []).filter((m) => state === null || m.state === state);

  const exactMatches = inState(exact.get(folded));
  if (exactMatches.length > 0) return matchOf(exactMatches);
  return matchOf(inState(loose.get(looseName(folded))));
}

/** The municipalities of one state, by key ("14" → Jalisco's 125). */
export function municipalitiesOf(stateKey: string | number): Municipality[] {
  const state = stateKeyOf(stateKey);
  return municipalities.filter((m) => m.state === state);
}
