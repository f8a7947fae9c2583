import type Database from 'better-sqlite3';

const numberText = /^[-+]?\s*\$?\s*(\d{1,3}([, ]\d{3})+|\d+)([.,]\d+)?\s*%?$/;
const leadingZeroCode = /^0\d/;
const localDate = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
const totalText = /^\s*(gran\s+)?total(es)?(\s|:|$)/i;

/** Tells whether text reads as a number a person typed (1,234.5; 12 %; $ 30). */
export function isNumberText(text: string): boolean {
  const trimmed = text.trim();
  return numberText.test(trimmed) && !leadingZeroCode.test(trimmed.replace(/^[-+]/, ''));
}

/** The to-date pattern of a local date ("31/12/2020" → dd/MM/yyyy), or null. */
export function localDatePattern(text: string): string | null {
  const match = localDate.exec(text.trim());
  if (!match) return null;
  const [, first, separator, second, year] = match;
  const yearPattern = year.length === 2 ? 'yy' : 'yyyy';
  const monthFirst = Number(second) > 12 && Number(first) <= 12;
  const order = monthFirst ? ['MM', 'dd'] : ['dd', 'MM'];
  return `${order[0]}${separator}${order[1]}${separator}${yearPattern}`;
}

/**
 * Registers the functions the data-quality queries use:
 * ficha_fact_date_pattern(x) and ficha_fact_total(x).
 */
export function registerFactFunctions(db: Database.Database): void {
  db.function('ficha_fact_date_pattern', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? localDatePattern(value) : null,
  );
  db.function('ficha_fact_total', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' && totalText.test(value) ? 1 : 0,
  );
}
