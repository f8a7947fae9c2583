/** How a number format shows a number: as itself, or as a date, datetime or time. */
export type DateKind = 'none' | 'date' | 'datetime' | 'time';

// Built-in number formats that are dates (ECMA-376 §18.8.30, and the
// East Asian ids SheetJS also treats as dates).
const builtInDates: Record<number, DateKind> = {
  14: 'date',
  15: 'date',
  16: 'date',
  17: 'date',
  18: 'time',
  19: 'time',
  20: 'time',
  21: 'time',
  22: 'datetime',
  45: 'time',
  46: 'time',
  47: 'time',
};
for (const id of [27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58])
  builtInDates[id] = 'date';
for (const id of [32, 33, 55, 56]) builtInDates[id] = 'time';

/**
 * What a number format shows: d, m, y, h or s outside quotes, brackets and
 * escapes make it a date or time ("m" alone, next to h or s, is minutes).
 */
export function dateKindOf(numFmtId: number, formatCode: string | undefined): DateKind {
  if (formatCode === undefined) return builtInDates[numFmtId] ?? 'none';

  // Only the first section (positive numbers) decides.
  const code = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]
    .toLowerCase();
  if (code === 'general' || code === '@') return 'none';

  const hasDay = /[dy]/.test(code) || (/m/.test(code) && !/[hs]/.test(code));
  const hasTime = /[hs]/.test(code);
  if (hasDay && hasTime) return 'datetime';
  if (hasDay) return 'date';
  if (hasTime) return 'time';
  return 'none';
}

// 9999-12-31, the last day Excel can show.
const lastSerial = 2_958_465;

/** True when a number under a date format can be a date Excel would show. */
export function isDateSerial(value: number): boolean {
  return value >= 0 && value <= lastSerial;
}

const msPerDay = 86_400_000;
// Days between 1899-12-30 and 1970-01-01: Excel's serial of the Unix epoch.
const unixEpochSerial = 25_569;
// Days between 1900 and 1904 date systems.
const offset1904 = 1_462;

/**
 * An Excel serial number as ISO 8601 text. In the 1900 system Excel counts
 * a 29 February 1900 that never was (serial 60): serials below 61 are moved
 * one day forward (from a 1899-12-30 epoch), and 60 itself reads as 1900-02-28. Seconds are rounded.
 */
export function serialToIso(serial: number, kind: DateKind, date1904: boolean): string {
  // Whole-day dates repeat down a column: format each day once.
  const cacheable = kind === 'date' && Number.isInteger(serial) && !date1904;
  if (cacheable) {
    const known = dayCache.get(serial);
    if (known !== undefined) return known;
  }
  const iso = formatSerial(serial, kind, date1904);
  if (cacheable && dayCache.size < 100_000) dayCache.set(serial, iso);
  return iso;
}

const dayCache = new Map<number, string>();

function formatSerial(serial: number, kind: DateKind, date1904: boolean): string {
  let days = date1904 ? serial + offset1904 : serial;
  if (!date1904 && days < 60) days += 1;

  const seconds = Math.round(days * 86_400);
  const time = new Date((seconds / 86_400 - unixEpochSerial) * msPerDay);
  const iso = time.toISOString();
  if (kind === 'time') return iso.slice(11, 19);
  if (kind === 'date') return iso.slice(0, 10);
  return iso.slice(0, 19);
}
