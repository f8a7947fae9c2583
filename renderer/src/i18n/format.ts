import type { Locale } from './index';

// Intl formatters are costly to build and the grid formats thousands of
// cells per second, so one of each is kept per language.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions, key: string) {
  const id = `${locale}|${key}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(id, format);
  }
  return format;
}

/** Formats a count (rows, columns) with the language's digit grouping. */
export function formatCount(locale: Locale, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }, 'count').format(value);
}

/**
 * Formats a cell's number in the language without digit grouping, as a
 * spreadsheet shows it (years and codes stay 2020, not 2,020).
 */
export function formatNumber(locale: Locale, value: number): string {
  const options = { maximumFractionDigits: 10, useGrouping: false };
  return numberFormat(locale, options, 'number').format(value);
}

/** Formats a byte size as B, KB, MB or GB. */
export function formatBytes(locale: Locale, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  const text = numberFormat(locale, { maximumFractionDigits: digits }, `bytes${digits}`);
  return `${text.format(value)} ${units[unit]}`;
}

/** Formats an ISO timestamp as a date and time in the language; bad input passes through. */
export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Formats an ISO date (YYYY-MM-DD) as a date in the language, without shifting its day. */
export function formatDate(locale: Locale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
