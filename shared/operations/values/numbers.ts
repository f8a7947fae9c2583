import { trimSpaces } from './text';

/** Notation keys and missing markers recognised by default (compared without case). */
export const defaultMissingMarkers = [
  'NE',
  'NO',
  'IE',
  'ND',
  'NA',
  'N/A',
  'N.D.',
  'N.E.',
  'S/D',
  'SD',
  'NC',
  '-',
  '--',
  '–',
  '—',
  '.',
  '...',
  '…',
  '*',
] as const;

/** How numbers are written in a column. */
export interface NumberFormat {
  decimal: '.' | ',';
  /** Thousands separator; when absent the other mark is accepted in groups of three. */
  thousands?: ',' | '.' | ' ' | '';
  /** Divide by 100 when the value ends in %. */
  percent?: boolean;
}

/** What reading one cell as a number gave. */
export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'marker'; text: string }
  | { kind: 'censored'; text: string }
  | { kind: 'invalid'; text: string };

/** Options of readNumber besides the format. */
export interface NumberReadOptions extends NumberFormat {
  /** Markers that mean "no value" (NE, ND, "-"…), compared without case. */
  missing?: readonly string[];
  /** Read "<0.0005" and ">1000" as censored (no value) rather than invalid. */
  censored?: boolean;
}

/**
 * Reads a cell as a number the way a person wrote it: with the locale's
 * separators, a sign or parentheses for negatives, a currency sign, a
 * percent sign. Markers and censored values are told apart from garbage.
 */
export function readNumber(value: unknown, options: NumberReadOptions): NumberReading {
  return numberReader(options)(value);
}

const plainNumber = /^-?\d+$/;

/**
 * A reader for one set of options, for use on every cell of a column: the
 * markers are folded once and plain integers skip the general parser.
 */
export function numberReader(options: NumberReadOptions): (value: unknown) => NumberReading {
  const markers = new Set((options.missing ?? defaultMissingMarkers).map((m) => m.toUpperCase()));
  return (value) => {
    if (value === null || value === undefined) return { kind: 'empty' };
    if (typeof value === 'number') {
      return Number.isFinite(value)
        ? { kind: 'number', value }
        : { kind: 'invalid', text: String(value) };
    }
    if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };

    const raw = String(value);
    if (plainNumber.test(raw) && raw.length < 16) return { kind: 'number', value: Number(raw) };
    const text = trimSpaces(raw);
    if (text === '') return { kind: 'empty' };
    if (markers.has(text.toUpperCase())) return { kind: 'marker', text };

    const parsed = parseNumberText(text, options);
    if (parsed !== null) return { kind: 'number', value: parsed };

    if (options.censored !== false && /^[<>≤≥]=?\s*/.test(text)) {
      const rest = text.replace(/^[<>≤≥]=?\s*/, '');
      if (parseNumberText(rest, options) !== null) return { kind: 'censored', text };
    }
    return { kind: 'invalid', text };
  };
}

/** Parses number text with a format; null when it is not a number. */
export function parseNumberText(input: string, format: NumberFormat): number | null {
  // Spaces inside a number can only be thousands separators.
  let text = input.replace(/[\s\u00a0\u202f]/g, '');
  let negative = false;
  let scale = 1;

  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (/^[-−+]/.test(text)) {
    negative = negative || text[0] !== '+';
    text = text.slice(1);
  }
  text = text.replace(/^\$/, '');
  if (text.endsWith('%')) {
    text = text.slice(0, -1);
    if (format.percent) scale = 0.01;
  }

  const plain = normalizeSeparators(text, format);
  if (plain === null || !/^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return null;
  const number = Number(plain) * scale;
  if (!Number.isFinite(number)) return null;
  return negative ? -number : number;
}

function normalizeSeparators(text: string, format: NumberFormat): string | null {
  const decimal = format.decimal;
  const other = decimal === '.' ? ',' : '.';
  const thousands = format.thousands ?? other;

  let integerPart = text;
  let fraction = '';
  const at = text.lastIndexOf(decimal);
  if (at >= 0 && !(thousands === decimal)) {
    integerPart = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (fraction.includes(thousands) && thousands !== '') return null;
  }

  if (thousands !== '' && integerPart.includes(thousands)) {
    const groups = integerPart.split(thousands);
    const wellGrouped =
      /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!wellGrouped) return null;
    integerPart = groups.join('');
  }
  if (integerPart.includes(other) || integerPart.includes(decimal)) return null;
  return fraction === '' && at < 0 ? integerPart : `${integerPart}.${fraction}`;
}
