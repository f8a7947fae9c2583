/**
 * Folds text for comparison: lower case, accents and diacritics removed,
 * punctuation turned into single spaces. "Calidad del Aíre," and
 * "calidad  del aire" fold to the same key.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folds text to a compact key: like foldText but without spaces or dots. */
export function foldKey(text: string): string {
  return foldText(text).replace(/[\s.]+/g, '');
}
