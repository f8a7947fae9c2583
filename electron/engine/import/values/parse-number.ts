/** The decimal separator a file uses. */
export type DecimalSeparator = '.' | ',';

/** Spaces that people and spreadsheets put inside and around numbers. */
const spaces = /[\s\u00a0\u2007\u202f\u2009]/g;

const groupedPoint = /^\d{1,3}(?:([,' ])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
const groupedComma = /^\d{1,3}(?:([. '])\d{3})(?:\1\d{3})*(?:,\d+)?$/;
const simplePoint = /^(?:\d+\.?\d*|\.\d+)$/;
const simpleComma = /^(?:\d+,?\d*|,\d+)$/;
const exponent = /^(.*?)[eE]([+-]?\d{1,3})$/;

/** Digits past which an integer loses precision in a double. */
const maxDigits = 15;

/**
 * Reads a number as a careful person would: thousands separators
 * ("524,270.58", "1 234,5" with NBSP), the file's decimal separator,
 * scientific notation ("1.29E-09"), a sign, negatives in parentheses
 * ("(1,234)"), a leading currency sign and a trailing percent sign (12.5%
 * → 12.5). Returns null for anything else, including codes with leading
 * zeros ("01001") and integers too long for a double, which must stay
 * text.
 */
export function parseNumber(text: string, decimal: DecimalSeparator): number | null {
  if (decimal === '.') {
    const plain = plainNumber(text);
    if (plain !== undefined) return plain;
  }
  return parseDressedNumber(text, decimal);
}

/**
 * The common case, by hand for speed: an optional minus, digits and an
 * optional decimal part. Returns undefined for anything else, null for a
 * code (leading zeros, too many digits).
 */
function plainNumber(text: string): number | null | undefined {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < length && isDigit(text.charCodeAt(i))) i++;
  const integerDigits = i - start;
  if (integerDigits === 0) return undefined;
  if (i < length) {
    if (text.charCodeAt(i) !== 46 || i + 1 === length) return undefined;
    for (i++; i < length; i++) if (!isDigit(text.charCodeAt(i))) return undefined;
  }

  if (integerDigits > 1 && text.charCodeAt(start) === 48) return null;
  if (integerDigits > maxDigits) return null;
  return Number(text);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function parseDressedNumber(text: string, decimal: DecimalSeparator): number | null {
  let body = text.replace(spaces, (space, offset: number) =>
    // Inner spaces may be thousands separators; keep them as plain spaces.
    offset > 0 && offset < text.length - 1 ? ' ' : '',
  );
  body = body.trim();
  if (body === '') return null;

  let sign = 1;
  if (body.startsWith('(') && body.endsWith(')')) {
    sign = -1;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-') || body.startsWith('+') || body.startsWith('−')) {
    if (body[0] !== '+') sign = -sign;
    body = body.slice(1).trim();
  }
  if (body.startsWith('$')) body = body.slice(1).trim();
  if (body.endsWith('%')) body = body.slice(0, -1).trim();

  let power = 0;
  const scientific = exponent.exec(body);
  if (scientific) {
    body = scientific[1];
    power = Number(scientific[2]);
  }

  const mantissa = readMantissa(body, decimal);
  if (mantissa === null) return null;
  const value = power === 0 ? mantissa : Number(`${mantissa}e${power}`);
  return Number.isFinite(value) ? sign * value : null;
}

/** Reads digits with optional grouping and decimals into a plain number. */
function readMantissa(body: string, decimal: DecimalSeparator): number | null {
  if (body === '' || hasLeadingZero(body)) return null;

  let normal: string;
  if (decimal === '.') {
    if (simplePoint.test(body)) normal = body;
    else if (groupedPoint.test(body)) normal = body.replace(/[,' ]/g, '');
    else return null;
  } else {
    if (simpleComma.test(body)) normal = body.replace(',', '.');
    else if (groupedComma.test(body)) normal = body.replace(/[. ']/g, '').replace(',', '.');
    else return null;
  }

  if (digitCount(normal) > maxDigits && !normal.includes('.')) return null;
  const value = Number(normal);
  return Number.isNaN(value) ? null : value;
}

/**
 * Tells a code from a number: "01001" and "007" have leading zeros that
 * carry meaning; "0", "0.5" and "0,5" do not.
 */
export function hasLeadingZero(text: string): boolean {
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  if (text.charCodeAt(start) !== 48 || text.length <= start + 1) return false;
  const next = text.charCodeAt(start + 1);
  return next >= 48 && next <= 57;
}

function digitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44) break;
    if (c >= 48 && c <= 57) digits++;
  }
  return digits;
}
