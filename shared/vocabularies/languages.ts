import data from '../../resources/vocabularies/languages.json';
import type { Language } from './types';

/** The EU language vocabulary's IRI. */
export const languageScheme: string = data.scheme;

/** Languages offered for a dataset; Spanish first. */
export const languages: readonly Language[] = data.items;

/** Finds a language by ISO 639 code ("es") or EU IRI. */
export function findLanguage(codeOrIri: string): Language | undefined {
  const key = codeOrIri.trim();
  return languages.find((l) => l.code === key.toLowerCase() || l.iri === key);
}
