import { trimSpaces } from './text';

/**
 * Splits "code and name" text: "1A2ci Petroquímica" → ["1A2ci",
 * "Petroquímica"], "3.B - Ganado" → ["3.B", "Ganado"], "01 Aguascalientes" →
 * ["01", "Aguascalientes"]. The code is the first word when it holds a
 * digit (so "Total nacional" has no code); separators after it are dropped.
 */
export function splitCodeName(value: unknown): [string | null, string | null] {
  if (value === null || value === undefined) return [null, null];
  const text = trimSpaces(String(value));
  if (text === '') return [null, null];

  const match =
    /^\[?([0-9A-Za-z][0-9A-Za-z.\-_/]*?)[\].):-]*(?:\s+[-–—:.]?\s*|\s*[-–—:]\s*)(\S.*)$/u.exec(
      text,
    );
  if (!match || !/\d/.test(match[1])) {
    return /^[0-9A-Za-z.]*\d[0-9A-Za-z.]*$/.test(text) ? [text, null] : [null, text];
  }
  return [match[1], match[2]];
}
