import type Database from 'better-sqlite3';

const nonAscii = /[^\u0020-\u007e]/;

/**
 * Folds text for comparison the way a Spanish reader expects: lowercase,
 * accents removed ("Michoacán" and "MICHOACAN" fold alike). SQLite's own
 * lower() only knows ASCII.
 */
export function foldText(text: string): string {
  // Most cells are plain ASCII: skip the costly normalisation for them.
  if (!nonAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const regexCache = new Map<string, RegExp | null>();

function compiled(pattern: string): RegExp | null {
  let regex = regexCache.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'iu');
    } catch {
      regex = null;
    }
    if (regexCache.size > 100) regexCache.clear();
    regexCache.set(pattern, regex);
  }
  return regex;
}

/**
 * Registers the SQL functions the engine's queries rely on:
 * - ficha_fold(x): folded text of x, other values unchanged (sort keys);
 * - ficha_contains(x, needle): 1 when folded x contains the folded needle;
 * - ficha_matches(x, pattern): 1 when x matches the regular expression.
 */
export function registerFunctions(db: Database.Database): void {
  db.function('ficha_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : value,
  );

  // The needle is the same for every row of a query: fold it once.
  let lastNeedle = '';
  let foldedNeedle = '';
  db.function('ficha_contains', { deterministic: true }, (value: unknown, needle: unknown) => {
    if (value === null || needle === null || needle === undefined) return 0;
    if (String(needle) !== lastNeedle) {
      lastNeedle = String(needle);
      foldedNeedle = foldText(lastNeedle);
    }
    return foldText(String(value)).includes(foldedNeedle) ? 1 : 0;
  });

  db.function('ficha_matches', { deterministic: true }, (value: unknown, pattern: unknown) => {
    if (value === null || typeof pattern !== 'string') return 0;
    const regex = compiled(pattern);
    return regex !== null && regex.test(String(value)) ? 1 : 0;
  });
}
