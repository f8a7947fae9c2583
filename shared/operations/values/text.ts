/** Spaces of every kind (non-breaking, thin, ideographic, zero-width no-break). */
const spaces = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Trims spaces of every kind at both ends and collapses inner runs to one. */
export function trimSpaces(text: string): string {
  return text.replace(spaces, ' ').trim();
}

/** Removes accents and other combining marks: «Michoacán» → «Michoacan», «ñ» → «n». */
export function removeAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Spanish words that stay lower case inside a title-cased name. */
const smallWords = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'o', 'u', 'en', 'a']);

/**
 * Title case as Spanish names take it: every word capitalised except
 * connectors (de, del, la, y…) after the first, so «ESTADO DE MÉXICO»
 * becomes «Estado de México».
 */
export function titleCase(text: string): string {
  let first = true;
  return text.toLocaleLowerCase('es-MX').replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word) => {
    const keepSmall = !first && smallWords.has(word);
    first = false;
    if (keepSmall) return word;
    return word.charAt(0).toLocaleUpperCase('es-MX') + word.slice(1);
  });
}

/** Upper, lower or title case with Spanish letters handled (SQLite's are ASCII only). */
export function changeCase(text: string, mode: 'upper' | 'lower' | 'title'): string {
  if (mode === 'upper') return text.toLocaleUpperCase('es-MX');
  if (mode === 'lower') return text.toLocaleLowerCase('es-MX');
  return titleCase(text);
}

/**
 * Suggests a machine name for a label: ASCII lowercase snake_case, no
 * accents, at most 63 characters, never starting with a digit.
 */
export function suggestMachineName(labelText: string): string {
  const base = removeAccents(labelText)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
  if (base === '') return 'columna';
  return /^[0-9]/.test(base) ? `c${base}` : base;
}

/** A whole value that is empty as a person sees it: null or only spaces. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && trimSpaces(value) === '')
  );
}
