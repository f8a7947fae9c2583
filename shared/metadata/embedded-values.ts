import { findPeriodicity } from '../vocabularies/periodicities';
import { foldText } from '../vocabularies/fold';
import type { Temporal } from './model';

/** Reads a temporal coverage written in words: "2008", "2005-2010", "2005 a 2010", "enero 2010". */
export function parseTemporalText(text: string): Temporal | null {
  const iso = /\d{4}(?:-\d{2}(?:-\d{2})?)?/g;
  const found = text.match(iso) ?? [];
  if (found.length === 0) return null;
  const sorted = [...found].sort();
  return { start: sorted[0], end: sorted[sorted.length - 1] };
}

const periodicityWords: [RegExp, string][] = [
  [/\bdiari[oa]\b/, 'R/P1D'],
  [/\bsemanal\b/, 'R/P1W'],
  [/\bquincenal\b/, 'R/P2W'],
  [/\bmensual\b/, 'R/P1M'],
  [/\bbimestral\b/, 'R/P2M'],
  [/\btrimestral\b/, 'R/P3M'],
  [/\bcuatrimestral\b/, 'R/P4M'],
  [/\bsemestral\b/, 'R/P6M'],
  [/\banual(mente)?\b|\bcada ano\b/, 'R/P1Y'],
  [/\bbienal\b|\bcada (2|dos) anos\b/, 'R/P2Y'],
  [/\btrienal\b|\bcada (3|tres) anos\b/, 'R/P3Y'],
  [/\bquinquenal\b|\bcada (5|cinco) anos\b/, 'R/P5Y'],
  [/\bdecenal\b|\bcada (10|diez) anos\b/, 'R/P10Y'],
  [/\birregular\b|\beventual\b/, 'irregular'],
  [/\btiempo real\b/, 'realtime'],
  [/\bno se actualiza\b|\bsin actualizacion\b|\bunica vez\b/, 'not-updated'],
];

/** Reads a periodicity written in words ("Anual", "cada 2 años"); null for "ND" and unknowns. */
export function parsePeriodicityText(text: string): string | null {
  const known = findPeriodicity(text);
  if (known) return known.value;
  const folded = foldText(text);
  return periodicityWords.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/** Turns an ALL-CAPS title into sentence case; other titles stay as written. */
export function sentenceCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters !== letters.toLocaleUpperCase('es-MX')) return text.trim();
  const lower = text.trim().toLocaleLowerCase('es-MX');
  return lower.charAt(0).toLocaleUpperCase('es-MX') + lower.slice(1);
}
