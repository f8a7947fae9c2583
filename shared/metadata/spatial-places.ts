import { inegiStates } from '../operations/values/states';
import { foldText } from '../vocabularies/fold';
import { municipalities } from '../vocabularies/municipalities';

/** A state or municipality a person can pick for the spatial coverage. */
export interface Place {
  /** INEGI key: two digits for a state, five for a municipality. */
  key: string;
  name: string;
  /** The state's two-digit key (the place's own key for a state). */
  state: string;
  /** What the picker shows: "09 Ciudad de México". */
  label: string;
}

function placeOf(key: string, name: string, state: string): Place {
  return { key, name, state, label: `${key} ${name}` };
}

/** The 32 states as places, in INEGI key order. */
export const statePlaces: readonly Place[] = inegiStates.map((s) => placeOf(s.key, s.name, s.key));

const stateByKey = new Map(statePlaces.map((p) => [p.key, p]));

/** The state a two-digit key names; null when unknown. */
export function findStatePlace(key: string): Place | null {
  return stateByKey.get(key) ?? null;
}

/**
 * The places whose label holds every word of the query, ignoring case and
 * accents ("cdmx" is not a label, but "09" and "ciudad mex" are). Keys
 * that start with the query come first.
 */
export function searchPlaces(places: readonly Place[], query: string): Place[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...places];
  const matches = places.filter((p) => {
    const label = foldText(p.label);
    return words.every((w) => label.includes(w));
  });
  const keyFirst = (p: Place) => (p.key.startsWith(words[0]) ? 0 : 1);
  return matches.sort((a, b) => keyFirst(a) - keyFirst(b));
}

/** The 2,400-odd municipalities as places ("09002 Azcapotzalco"), in key order. */
export const municipalityPlaces: readonly Place[] = municipalities.map((m) =>
  placeOf(m.key, m.name, m.state),
);

const municipalityByKey = new Map(municipalityPlaces.map((p) => [p.key, p]));

/** The place a two- or five-digit INEGI key names; null when unknown. */
export function findPlace(key: string): Place | null {
  return key.length === 2 ? findStatePlace(key) : (municipalityByKey.get(key) ?? null);
}

/**
 * How a key reads to a person: "09 Ciudad de México", "09002 Azcapotzalco,
 * Ciudad de México"; the key alone when the catalogue does not know it.
 */
export function placeName(key: string): string | null {
  const place = findPlace(key);
  if (!place) return null;
  if (place.key === place.state) return place.name;
  const state = findStatePlace(place.state);
  return state ? `${place.name}, ${state.name}` : place.name;
}
