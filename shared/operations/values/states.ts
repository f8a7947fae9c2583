import data from '../../../resources/vocabularies/inegi-states.json';
import { removeAccents } from './text';

/** A Mexican state as INEGI keys it. */
export interface InegiState {
  key: string;
  name: string;
  abbreviation: string;
  variants: string[];
}

/** The 32 states with their two-digit INEGI keys, 01 Aguascalientes to 32 Zacatecas. */
export const inegiStates: readonly InegiState[] = data.states;

/** Folds a state name: no accents, case, punctuation or "Estado de" prefix. */
export function foldStateName(name: string): string {
  return removeAccents(name)
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(estado libre y soberano de|estado de|edo de|edo|estado)\s+/, '')
    .replace(/\s+/g, ' ');
}

let index: Map<string, InegiState> | null = null;

function stateIndex(): Map<string, InegiState> {
  if (index) return index;
  index = new Map();
  for (const state of inegiStates) {
    const names = [state.name, state.abbreviation, state.key, ...state.variants];
    for (const name of names) index.set(foldStateName(name), state);
    index.set(String(Number(state.key)), state);
  }
  return index;
}

/** Finds the state a name means, tolerant of the usual variants; null when unknown. */
export function findState(value: unknown): InegiState | null {
  if (value === null || value === undefined) return null;
  const folded = foldStateName(String(value));
  if (folded === '') return null;
  return stateIndex().get(folded) ?? stateIndex().get(folded.replace(/ /g, '')) ?? null;
}
