/** Day and month order of slashed dates: Mexico writes day first. */
export type DateOrder = 'dmy' | 'mdy';

/** Month names and abbreviations, Spanish first, by month number. */
const monthNames = [
  'ene enero jan january',
  'feb febrero february',
  'mar marzo march',
  'abr abril apr april',
  'may mayo',
  'jun junio june',
  'jul julio july',
  'ago agosto aug august',
  'sep sept set septiembre setiembre september',
  'oct octubre october',
  'nov noviembre november',
  'dic diciembre dec december',
];
const months: Record<string, number> = Object.fromEntries(
  monthNames.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1])),
);

const time = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?\s?(?:m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const isoDate = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${time}$`, 'i');
const slashedDate = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${time}$`, 'i');
const namedDate = /^(\d{1,2})(?:\s+de\s+|[\s/.-]+)([a-z]+)\.?(?:\s+de\s+|,?\s+|[/.-])(\d{4})$/;
const monthYear = /^([a-z]+)\.?(?:\s+de\s+|[\s/.-]+)(\d{4}|\d{2})$/;
const isoMonth = /^(\d{4})-(\d{2})$/;

/**
 * Reads a date or datetime into ISO 8601: "2005-03-12", "12/03/2005"
 * (day first unless `order` says otherwise), "12 de marzo de 2005",
 * "12-mar-2005", month precision "mar-2005" → "2005-03", and times
 * "12/03/2005 14:30" or "2:30 p. m." → "2005-03-12T14:30:00". Returns null
 * when the text is not a real calendar date.
 */
export function parseTemporal(text: string, order: DateOrder = 'dmy'): string | null {
  const value = text.trim().toLowerCase();
  if (value.length < 6 || value.length > 40) return null;

  let match = isoDate.exec(value);
  if (match) return build(+match[1], +match[2], +match[3], match.slice(4));

  match = slashedDate.exec(value);
  if (match) {
    const [first, second] = [+match[1], +match[3]];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return build(fullYear(match[4]), month, day, match.slice(5));
  }

  match = namedDate.exec(value.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  if (match && months[match[2]]) return build(+match[3], months[match[2]], +match[1], []);

  match = monthYear.exec(value);
  if (match && months[match[1]]) return monthOnly(fullYear(match[2]), months[match[1]]);

  match = isoMonth.exec(value);
  if (match) return monthOnly(+match[1], +match[2]);
  return null;
}

/** Tells which slashed order a column uses from the first two numbers of its dates. */
export function slashedParts(text: string): [number, number] | null {
  const match = slashedDate.exec(text.trim().toLowerCase());
  return match ? [+match[1], +match[3]] : null;
}

function build(year: number, month: number, day: number, clock: string[]): string | null {
  if (!validDate(year, month, day)) return null;
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (clock[0] === undefined) return date;

  let hour = +clock[0];
  const minute = +clock[1];
  const second = clock[2] === undefined ? 0 : +clock[2];
  if (clock[3] === 'p' && hour < 12) hour += 12;
  if (clock[3] === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${date}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
}

function monthOnly(year: number, month: number): string | null {
  if (year < 1000 || month < 1 || month > 12) return null;
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}

/** Two-digit years: 00–49 are this century, 50–99 the last one. */
function fullYear(text: string): number {
  const year = +text;
  if (text.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
