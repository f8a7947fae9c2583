import { removeAccents } from '../../../shared/operations/values/text';

/**
 * Fingerprint key: lower case, no accents or punctuation, the unique words
 * sorted. «Edo. de México», «México, Edo. de» and «edo de mexico» collide.
 */
export function fingerprint(text: string): string {
  const words = foldForKey(text).split(' ').filter(Boolean);
  return [...new Set(words)].sort().join(' ');
}

/**
 * N-gram fingerprint: the unique character n-grams of the folded text
 * without spaces, sorted and joined; catches spacing and letter-order slips.
 */
export function ngramFingerprint(text: string, n = 2): string {
  const compact = foldForKey(text).replace(/ /g, '');
  if (compact.length <= n) return compact;
  const grams = new Set<string>();
  for (let i = 0; i + n <= compact.length; i++) grams.add(compact.slice(i, i + n));
  return [...grams].sort().join('');
}

/**
 * A phonetic key for Spanish: letters that sound alike in Mexican Spanish
 * share a code (b/v, s/z/soft c, y/ll, j/soft g/x, k/qu/hard c), silent h
 * and doubled letters go, so «Xalapa»/«Jalapa» and «Veracrúz»/«Beracruz»
 * collide. Word order matters less: words are keyed and sorted.
 */
export function spanishPhonetic(text: string): string {
  const words = foldForKey(text.replace(/ñ/gi, 'ny')).split(' ').filter(Boolean);
  return [...new Set(words.map(phoneticWord))].sort().join(' ');
}

function phoneticWord(word: string): string {
  const key = word
    .replace(/ch/g, '#')
    .replace(/h/g, '')
    .replace(/ll/g, 'y')
    .replace(/qu([ei])/g, 'k$1')
    .replace(/gu([ei])/g, 'g$1')
    .replace(/g([ei])/g, 'j$1')
    .replace(/c([ei])/g, 's$1')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'j')
    .replace(/z/g, 's')
    .replace(/v/g, 'b')
    .replace(/w/g, 'u')
    .replace(/y([^aeiou]|$)/g, 'i$1')
    .replace(/(.)\1+/g, '$1');
  return key.replace(/#/g, 'ch');
}

/** Lower case, no accents, punctuation to spaces, runs of spaces collapsed. */
export function foldForKey(text: string): string {
  return removeAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Key functions by method name. */
export const keyMethods = {
  fingerprint,
  'ngram-fingerprint': (text: string) => ngramFingerprint(text, 2),
  phonetic: spanishPhonetic,
} as const;
