// Small helpers for the hand-written XML scanners of the XLSX reader. They
// work on strings by index so that a sheet of millions of cells does not
// allocate a DOM or a substring per attribute.

const entityPattern = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(entityPattern, (_whole, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return named[name];
  });
}

/** Decodes Excel's `_xHHHH_` escapes of control characters in strings. */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** The value of attribute `name` in the start tag `tag`, or null. */
export function attribute(tag: string, name: string): string | null {
  let at = tag.indexOf(` ${name}="`);
  let quote = '"';
  if (at < 0) {
    at = tag.indexOf(` ${name}='`);
    quote = "'";
  }
  if (at < 0) return null;
  const start = at + name.length + 3;
  const end = tag.indexOf(quote, start);
  return end < 0 ? null : decodeXml(tag.slice(start, end));
}

/** Every start tag `<name …>` or `<name …/>` in a piece of XML. */
export function startTags(xml: string, name: string): string[] {
  const tags: string[] = [];
  const open = `<${name}`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const next = xml.charCodeAt(at + open.length);
    const end = xml.indexOf('>', at);
    if (end < 0) break;
    // Skip longer names that share the prefix (<sheet> vs <sheetData>).
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      tags.push(xml.slice(at, end + 1));
    }
    at = xml.indexOf(open, end);
  }
  return tags;
}

/** The text of every `<t>` element in a piece of XML, joined, entities decoded. */
export function joinTextRuns(xml: string, from = 0, to = xml.length): string {
  let text = '';
  let at = xml.indexOf('<t', from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + 2);
    const close = xml.indexOf('>', at);
    if (close < 0 || close >= to) break;
    if (next !== 62 && next !== 32) {
      at = xml.indexOf('<t', close);
      continue;
    }
    if (xml.charCodeAt(close - 1) === 47) {
      at = xml.indexOf('<t', close);
      continue;
    }
    const end = xml.indexOf('</t>', close);
    if (end < 0 || end > to) break;
    text += xml.slice(close + 1, end);
    at = xml.indexOf('<t', end + 4);
  }
  return decodeExcelEscapes(decodeXml(text));
}

/** 1-based column number of the letters at the start of a cell reference ("AB12" → 28). */
export function columnNumber(ref: string): number {
  let column = 0;
  for (let index = 0; index < ref.length; index++) {
    const code = ref.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

/** Letters of a 1-based column number (28 → "AB"). */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** Row and column of a cell reference ("C7" → {row: 7, column: 3}). */
export function parseCellRef(ref: string): { row: number; column: number } {
  const column = columnNumber(ref);
  const digits = ref.replace(/^\$?[A-Za-z]+\$?/, '');
  return { row: parseInt(digits, 10) || 0, column };
}

/** A range reference ("A1:C3", or "B2" for one cell) as 1-based bounds. */
export function parseRangeRef(
  ref: string,
): { startRow: number; startColumn: number; endRow: number; endColumn: number } | null {
  const [from, to = from] = ref.replace(/\$/g, '').split(':');
  const start = parseCellRef(from);
  const end = parseCellRef(to);
  if (!start.row || !start.column || !end.row || !end.column) return null;
  return { startRow: start.row, startColumn: start.column, endRow: end.row, endColumn: end.column };
}
