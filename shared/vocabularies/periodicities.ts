import data from '../../resources/vocabularies/periodicities.json';
import type { Periodicity } from './types';

/** The EU frequency vocabulary's IRI. */
export const frequencyScheme: string = data.scheme;

/** The portal's periodicities, in the order the form lists them. */
export const periodicities: readonly Periodicity[] = data.items;

/** Finds a periodicity by its value (R/P1Y), its EU IRI or its Spanish label. */
export function findPeriodicity(value: string): Periodicity | undefined {
  const key = value.trim();
  const lower = key.toLowerCase();
  return periodicities.find(
    (p) =>
      p.value.toLowerCase() === lower ||
      p.frequency === key ||
      p.label.es.toLowerCase() === lower ||
      p.label.en.toLowerCase() === lower,
  );
}

/** The EU frequency IRI of a periodicity value, or undefined when unknown. */
export function frequencyIri(value: string): string | undefined {
  return findPeriodicity(value)?.frequency;
}
