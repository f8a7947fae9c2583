import data from '../../resources/vocabularies/keywords.json';
import stopwordList from '../../resources/vocabularies/stopwords-es.json';
import { foldText } from './fold';
import type { KeywordTerm } from './types';

/** The controlled vocabulary of environmental keywords shipped with Ficha. */
export const keywordTerms: readonly KeywordTerm[] = data.items;

/** Keywords too generic to help anyone find a dataset, folded. */
export const genericKeywords: ReadonlySet<string> = new Set(data.generic.map(foldText));

/** Spanish stop words, folded (no accents, lower case). */
export const spanishStopwords: ReadonlySet<string> = new Set(stopwordList.map(foldText));

/** Tells whether a folded word or phrase is a stop word. */
export function isStopword(word: string): boolean {
  return spanishStopwords.has(foldText(word));
}
