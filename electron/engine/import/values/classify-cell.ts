import type { RawCell } from '../source';
import { missingMarker, parseBoolean } from './markers';
import { hasLeadingZero, parseNumber } from './parse-number';
import type { DecimalSeparator } from './parse-number';
import { parseTemporal } from './parse-temporal';
import type { DateOrder } from './parse-temporal';

/** What a single cell looks like to type inference. */
export type CellKind =
  'blank' | 'marker' | 'integer' | 'number' | 'code' | 'boolean' | 'date' | 'datetime' | 'text';

/**
 * Classifies one cell. Workbook cells keep the kind the workbook gave
 * them; text is tried as a marker, a number, a code with leading zeros, a
 * date and a boolean, in that order. "NO" is a marker here; inference
 * reads it as false in a column of sí/no.
 */
export function classifyCell(
  cell: RawCell,
  decimal: DecimalSeparator,
  order: DateOrder = 'dmy',
): CellKind {
  if (cell === null) return 'blank';
  if (typeof cell === 'number') return Number.isInteger(cell) ? 'integer' : 'number';
  if (typeof cell === 'boolean') return 'boolean';
  if (typeof cell === 'object') return cell.date.includes('T') ? 'datetime' : 'date';

  const text = cell.trim();
  if (text === '' || text === '\u00a0') return 'blank';
  if (missingMarker(text)) return 'marker';

  const number = parseNumber(text, decimal);
  if (number !== null) return Number.isInteger(number) ? 'integer' : 'number';
  if (looksLikeCode(text)) return 'code';

  const temporal = parseTemporal(text, order);
  if (temporal !== null) return temporal.includes('T') ? 'datetime' : 'date';
  return parseBoolean(text) === null ? 'text' : 'boolean';
}

/** Digits with leading zeros, or more digits than a double holds exactly. */
function looksLikeCode(text: string): boolean {
  return /^-?\d+$/.test(text) && (hasLeadingZero(text) || text.length > 15);
}
