import { removeAccents, trimSpaces } from './text';

const monthNames: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  ene: 1,
  feb: 2,
  mar: 3,
  abr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  ago: 8,
  sep: 9,
  sept: 9,
  set: 9,
  oct: 10,
  nov: 11,
  dic: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  apr: 4,
  aug: 8,
  dec: 12,
};

/** The number of a month from its Spanish or English name or abbreviation. */
export function monthNumber(name: string): number | null {
  const key = removeAccents(trimSpaces(name)).toLowerCase().replace(/\.$/, '');
  return monthNames[key] ?? null;
}

interface CompiledPattern {
  regex: RegExp;
  fields: string[];
  hasTime: boolean;
}

const tokens: [string, string][] = [
  ['yyyy', '(\\d{4})'],
  ['yy', '(\\d{2})'],
  ['MMMM', '([\\p{L}]+\\.?)'],
  ['MMM', '([\\p{L}]+\\.?)'],
  ['MM', '(\\d{1,2})'],
  ['M', '(\\d{1,2})'],
  ['dd', '(\\d{1,2})'],
  ['d', '(\\d{1,2})'],
  ['HH', '(\\d{1,2})'],
  ['H', '(\\d{1,2})'],
  ['mm', '(\\d{2})'],
  ['ss', '(\\d{2})'],
];

const compiled = new Map<string, CompiledPattern>();

/** Turns `dd/MM/yyyy`-style patterns into a regular expression; 'quoted' text is literal. */
export function compileDatePattern(pattern: string): CompiledPattern {
  const cached = compiled.get(pattern);
  if (cached) return cached;

  let source = '';
  const fields: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, end < 0 ? undefined : end);
      source += escapeRegex(literal);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    const token = tokens.find(([t]) => pattern.startsWith(t, i));
    if (token) {
      source += token[1];
      fields.push(token[0]);
      i += token[0].length;
      continue;
    }
    source += pattern[i] === ' ' ? '\\s+' : escapeRegex(pattern[i]);
    i += 1;
  }

  const result = {
    regex: new RegExp(`^${source}$`, 'iu'),
    fields,
    hasTime: fields.some((f) => f.startsWith('H')),
  };
  compiled.set(pattern, result);
  return result;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whether a pattern gives datetimes (it has hours) rather than dates. */
export function patternHasTime(pattern: string): boolean {
  return pattern !== 'excel' && compileDatePattern(pattern).hasTime;
}

/**
 * Reads a cell as a date with a pattern and returns ISO 8601 (`yyyy-MM-dd`,
 * `yyyy-MM` without a day, `yyyy-MM-ddTHH:mm:ss` with a time), or null when
 * it does not fit. `excel` reads Excel serial numbers. Values already in ISO
 * form are kept.
 */
export function parseDate(value: unknown, pattern: string): string | null {
  if (value === null || value === undefined || typeof value === 'boolean') return null;
  if (pattern === 'excel') return excelSerialToIso(value);

  const text = trimSpaces(String(value));
  if (/^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?$/.test(text)) return text;

  const { regex, fields } = compileDatePattern(pattern);
  const match = regex.exec(text);
  if (!match) return null;

  const parts: Record<string, number> = {};
  for (let k = 0; k < fields.length; k++) {
    const raw = match[k + 1];
    const field = fields[k];
    if (field === 'MMMM' || field === 'MMM') {
      const month = monthNumber(raw);
      if (month === null) return null;
      parts.M = month;
    } else {
      parts[field[0]] = Number(raw);
      if (field === 'yy') parts.y = Number(raw) < 50 ? 2000 + Number(raw) : 1900 + Number(raw);
    }
  }
  return isoFromParts(parts);
}

function isoFromParts(parts: Record<string, number>): string | null {
  const { y, M, d, H, m, s } = parts;
  if (y === undefined) return null;
  if (M === undefined) return pad(y, 4);
  if (M < 1 || M > 12) return null;
  if (d === undefined) return `${pad(y, 4)}-${pad(M, 2)}`;
  if (d < 1 || d > daysInMonth(y, M)) return null;

  const date = `${pad(y, 4)}-${pad(M, 2)}-${pad(d, 2)}`;
  if (H === undefined) return date;
  if (H > 23 || (m ?? 0) > 59 || (s ?? 0) > 59) return null;
  return `${date}T${pad(H, 2)}:${pad(m ?? 0, 2)}:${pad(s ?? 0, 2)}`;
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * An Excel serial number (days since 1899-12-30 in the 1900 system, with
 * a fraction for the time of day) as ISO 8601.
 */
export function excelSerialToIso(value: unknown): string | null {
  const serial = typeof value === 'number' ? value : Number(trimSpaces(String(value)));
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;

  // Excel counts a 29 February 1900 that never was: serial 60 has no date,
  // and serials before it are one day later than the plain count says.
  if (Math.floor(serial) === 60) return null;
  const days = serial < 60 ? serial + 1 : serial;
  const milliseconds = Math.round((days - 25569) * 86_400_000);
  const iso = new Date(milliseconds).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** An ISO date from separate year, month (number or name) and day values. */
export function combineDate(year: unknown, month: unknown, day: unknown): string | null {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return null;
  const parts: Record<string, number> = { y };

  if (month !== null && month !== undefined && month !== '') {
    const numeric = Number(month);
    const m = Number.isInteger(numeric) ? numeric : monthNumber(String(month));
    if (m === null) return null;
    parts.M = m;
  }
  if (day !== null && day !== undefined && day !== '' && parts.M !== undefined) {
    const d = Number(day);
    if (!Number.isInteger(d)) return null;
    parts.d = d;
  }
  return isoFromParts(parts);
}
