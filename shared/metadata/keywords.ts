import type { Bilingual } from '../result';
import { foldText } from '../vocabularies/fold';
import { genericKeywords, isStopword, keywordTerms } from '../vocabularies/keywords';

/** Where the words of a suggestion were found. */
export type KeywordSource = 'title' | 'description' | 'columns' | 'notes' | 'values' | 'vocabulary';

/** The texts keywords are drawn from. */
export interface KeywordInput {
  title: string;
  description: string;
  columnLabels: string[];
  notes: string[];
  /** Frequent values of the table's category columns. */
  values: string[];
  /** Keywords already chosen; they are not suggested again. */
  existing: string[];
}

/** One suggested keyword. */
export interface KeywordSuggestion {
  keyword: string;
  score: number;
  sources: KeywordSource[];
  /** True when it comes from the controlled vocabulary shipped with Ficha. */
  controlled: boolean;
}

/** Ranked suggestions and warnings about the keywords already chosen. */
export interface KeywordSuggestions {
  suggestions: KeywordSuggestion[];
  warnings: Bilingual[];
}

const weights: Record<KeywordSource, number> = {
  title: 3,
  description: 1.5,
  columns: 1,
  notes: 0.5,
  values: 1,
  vocabulary: 2,
};

/** Words allowed inside a phrase ("calidad del aire") but not at its ends. */
const connectors = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'en']);

const allowed = /^[\p{L}\p{N} ._-]{2,100}$/u;

interface Candidate {
  key: string;
  display: Map<string, number>;
  score: number;
  sources: Set<KeywordSource>;
  controlled: boolean;
}

/**
 * Suggests Spanish keywords: words and short phrases from the title,
 * description, column labels, notes and frequent values, plus terms of the
 * controlled vocabulary they mention. Matching ignores case and accents;
 * stop words, generic words and the portal's forbidden characters are left
 * out; plurals and spellings of one word are merged.
 */
export function suggestKeywords(input: KeywordInput, limit = 15): KeywordSuggestions {
  const candidates = new Map<string, Candidate>();
  const texts: [KeywordSource, string[]][] = [
    ['title', [input.title]],
    ['description', [input.description]],
    ['columns', input.columnLabels],
    ['notes', input.notes],
    ['values', input.values],
  ];

  // Phrases from each text, weighted by where they were found.
  for (const [source, list] of texts) {
    for (const text of list) {
      // Coded column names (CVE_MUN) are not words people search for.
      const usable = source === 'columns' ? text.replace(/\S*_\S*/g, ' ') : text;
      for (const phrase of phrasesOf(usable))
        add(candidates, phrase, source, weights[source], false);
    }
  }

  // Controlled terms mentioned by their name or a synonym anywhere.
  const everything = ` ${foldText(texts.flatMap(([, list]) => list).join(' . '))} `;
  for (const term of keywordTerms) {
    const names = [term.term, ...term.synonyms].map(foldText);
    const hits = names.filter((n) => everything.includes(` ${n} `)).length;
    if (hits > 0) add(candidates, term.term, 'vocabulary', weights.vocabulary * (1 + hits), true);
  }

  const existing = new Set(input.existing.map(stemKey));
  const ranked = [...candidates.values()]
    .filter((c) => !existing.has(c.key) && !genericKeywords.has(c.key))
    .map((c) => toSuggestion(c))
    .filter((s) => allowed.test(s.keyword))
    .sort((a, b) => b.score - a.score || a.keyword.localeCompare(b.keyword, 'es'));

  return {
    suggestions: dropCovered(ranked).slice(0, limit),
    warnings: keywordWarnings(input.existing),
  };
}

/** Warnings about chosen keywords: too few, or too generic. */
export function keywordWarnings(keywords: string[], min = 3): Bilingual[] {
  const warnings: Bilingual[] = [];
  if (keywords.length < min) {
    warnings.push({
      es: `Hay ${keywords.length} palabras clave; se recomiendan al menos ${min}.`,
      en: `There are ${keywords.length} keywords; at least ${min} are recommended.`,
    });
  }
  const generic = keywords.filter((k) => genericKeywords.has(foldText(k)));
  if (generic.length > 0) {
    warnings.push({
      es: `Demasiado genéricas: ${generic.join(', ')}.`,
      en: `Too generic: ${generic.join(', ')}.`,
    });
  }
  return warnings;
}

/** A key that merges case, accents, punctuation and simple Spanish plurals. */
export function stemKey(phrase: string): string {
  return foldText(phrase)
    .replace(/[._-]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .map(stemWord)
    .join(' ');
}

function stemWord(word: string): string {
  if (word.length > 5 && /[nrldz]es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && /[aeiou]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Splits text into words and phrases of up to three content words. */
function phrasesOf(text: string): string[] {
  const words = text
    .split(/[^\p{L}\p{N}._-]+/u)
    .map((w) => w.replace(/^[._-]+|[._-]+$/g, ''))
    .filter((w) => w !== '');
  const phrases: string[] = [];

  for (let i = 0; i < words.length; i++) {
    if (!isContent(words[i])) continue;
    phrases.push(words[i]);
    let content = 1;
    for (let j = i + 1; j < words.length && j <= i + 4 && content < 3; j++) {
      const folded = foldText(words[j]);
      if (connectors.has(folded)) continue;
      if (!isContent(words[j])) break;
      content += 1;
      phrases.push(words.slice(i, j + 1).join(' '));
    }
  }
  return phrases;
}

function isContent(word: string): boolean {
  const folded = foldText(word);
  if (folded.length < 3 || isStopword(folded)) return false;
  return !/^[\d.,_-]+$/.test(folded);
}

function add(
  candidates: Map<string, Candidate>,
  phrase: string,
  source: KeywordSource,
  weight: number,
  controlled: boolean,
): void {
  const key = stemKey(phrase);
  if (key === '') return;
  const display = controlled ? phrase : phrase.toLocaleLowerCase('es-MX');
  const entry = candidates.get(key) ?? {
    key,
    display: new Map<string, number>(),
    score: 0,
    sources: new Set<KeywordSource>(),
    controlled: false,
  };

  // Longer phrases say more; a phrase found in several places counts more.
  const words = key.split(' ').length;
  entry.score += weight * (1 + 0.25 * (words - 1));
  entry.sources.add(source);
  entry.controlled ||= controlled;
  entry.display.set(display, (entry.display.get(display) ?? 0) + (controlled ? 1000 : 1));
  candidates.set(key, entry);
}

function toSuggestion(candidate: Candidate): KeywordSuggestion {
  const [keyword] = [...candidate.display.entries()].sort(
    (a, b) => b[1] - a[1] || preferAccents(a[0], b[0]),
  )[0];
  const spread = candidate.sources.size;
  return {
    keyword: keyword.replace(/\s+/g, ' ').trim(),
    score: Math.round(candidate.score * (1 + 0.5 * (spread - 1)) * 100) / 100,
    sources: [...candidate.sources],
    controlled: candidate.controlled,
  };
}

/** Prefers the spelling with accents ("emisión" over "emision"). */
function preferAccents(a: string, b: string): number {
  return b.normalize('NFD').length - a.normalize('NFD').length;
}

/**
 * Drops a phrase that a longer, about as strong phrase already holds whole
 * ("nacional de emisiones" inside "inventario nacional de emisiones").
 */
function dropCovered(ranked: KeywordSuggestion[]): KeywordSuggestion[] {
  const kept: KeywordSuggestion[] = [];
  for (const suggestion of ranked) {
    const key = ` ${stemKey(suggestion.keyword)} `;
    const covered = kept.some((k) => {
      const other = ` ${stemKey(k.keyword)} `;
      return other.includes(key) && k.score >= suggestion.score * 0.8;
    });
    if (!covered) kept.push(suggestion);
  }
  return kept;
}
