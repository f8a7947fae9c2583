import type { Bilingual } from '../result';

/** Reads a number from a rule's profile options, or the fallback. */
export function numberOption(options: Record<string, unknown>, key: string, fallback: number) {
  const value = options[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Reads a list of strings from a rule's profile options, or the fallback. */
export function stringsOption(
  options: Record<string, unknown>,
  key: string,
  fallback: readonly string[],
): string[] {
  const value = options[key];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [...fallback];
}

/** Reads a string from a rule's profile options, or the fallback. */
export function stringOption(options: Record<string, unknown>, key: string, fallback: string) {
  const value = options[key];
  return typeof value === 'string' ? value : fallback;
}

/** Builds a bilingual message. */
export function say(es: string, en: string): Bilingual {
  return { es, en };
}
