import type { CellValue, ColumnType } from '../../../../shared/table';
import type { RawCell } from '../source';
import { classifyCell } from './classify-cell';
import type { CellKind } from './classify-cell';
import { missingMarker, parseBoolean } from './markers';
import { parseNumber } from './parse-number';
import type { DecimalSeparator } from './parse-number';
import { parseTemporal } from './parse-temporal';
import type { DateOrder } from './parse-temporal';

/**
 * What a column's conversion met over the whole file. Counters only: the
 * importer's memory stays flat whatever the number of rows.
 */
export class ColumnStats {
  nonEmpty = 0;
  mismatches = 0;
  /** Sheet row of the first value that did not fit, for the warning. */
  firstMismatchRow = 0;
  /** Numbers with decimals met in a column planned as integer. */
  nonIntegers = 0;
  /** Datetimes met in a column planned as date. */
  datetimes = 0;
  readonly markers = new Map<string, number>();
  /** Kinds of the cells, for a column whose type waits for the whole file. */
  readonly kinds = new Map<CellKind, number>();

  mismatch(row: number): void {
    this.mismatches++;
    if (this.firstMismatchRow === 0) this.firstMismatchRow = row;
  }

  marker(key: string): void {
    this.markers.set(key, (this.markers.get(key) ?? 0) + 1);
  }

  /**
   * Adds the counts of the same column in a later part of the file, whose
   * rows are `rowOffset` sheet rows further down (a copy sent between
   * threads is a plain object, hence the fields rather than the class).
   */
  absorb(later: Readonly<ColumnStats>, rowOffset: number): void {
    this.nonEmpty += later.nonEmpty;
    if (this.firstMismatchRow === 0 && later.firstMismatchRow > 0) {
      this.firstMismatchRow = later.firstMismatchRow + rowOffset;
    }
    this.mismatches += later.mismatches;
    this.nonIntegers += later.nonIntegers;
    this.datetimes += later.datetimes;
    for (const [key, count] of later.markers)
      this.markers.set(key, (this.markers.get(key) ?? 0) + count);
    for (const [kind, count] of later.kinds)
      this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + count);
  }
}

/** Turns a raw cell into the value stored for a column of the given type. */
export type CellConverter = (cell: RawCell, stats: ColumnStats, row: number) => CellValue;

/**
 * Builds the converter of a column. Values that fit the type are stored
 * typed (numbers as numbers, dates and datetimes as ISO 8601 text,
 * booleans as booleans); markers (NE, ND, "-"…) are kept as written and
 * counted, so that what they said survives until a person decides (the
 * to-number operation can move them to a flag column); values that do not
 * fit are stored as their original text and counted as mismatches.
 * Text columns keep text as written; whitespace-only cells become NULL.
 */
export function cellConverter(
  type: ColumnType,
  decimal: DecimalSeparator,
  order: DateOrder,
): CellConverter {
  switch (type) {
    case 'integer':
    case 'number':
      return numericConverter(type, decimal);
    case 'date':
    case 'datetime':
      return temporalConverter(type, order);
    case 'boolean':
      return booleanConverter;
    default:
      return textConverter;
  }
}

function numericConverter(type: ColumnType, decimal: DecimalSeparator): CellConverter {
  const integer = type === 'integer';
  return (cell, stats, row) => {
    if (cell === null) return null;
    if (typeof cell === 'number') {
      stats.nonEmpty++;
      if (integer && !Number.isInteger(cell)) stats.nonIntegers++;
      return cell;
    }
    if (typeof cell !== 'string') return misfit(cell, stats, row);

    const value = parseNumber(cell, decimal);
    if (value !== null) {
      stats.nonEmpty++;
      if (integer && !Number.isInteger(value)) stats.nonIntegers++;
      return value;
    }
    return notParsed(cell, stats, row);
  };
}

function temporalConverter(type: ColumnType, order: DateOrder): CellConverter {
  const dateOnly = type === 'date';
  return (cell, stats, row) => {
    if (cell === null) return null;
    const value =
      typeof cell === 'string'
        ? parseTemporal(cell, order)
        : typeof cell === 'object'
          ? cell.date
          : null;
    if (value === null)
      return typeof cell === 'string' ? notParsed(cell, stats, row) : misfit(cell, stats, row);

    stats.nonEmpty++;
    if (dateOnly && value.includes('T')) stats.datetimes++;
    return value;
  };
}

const booleanConverter: CellConverter = (cell, stats, row) => {
  if (cell === null) return null;
  const value =
    typeof cell === 'boolean' ? cell : typeof cell === 'string' ? parseBoolean(cell) : null;
  if (value !== null) {
    stats.nonEmpty++;
    return value;
  }
  return typeof cell === 'string' ? notParsed(cell, stats, row) : misfit(cell, stats, row);
};

const textConverter: CellConverter = (cell, stats) => {
  if (cell === null) return null;
  if (typeof cell === 'string') {
    if (cell.trim() === '') return null;
    stats.nonEmpty++;
    return cell;
  }
  stats.nonEmpty++;
  return typeof cell === 'object' ? cell.date : cell;
};

/** A text cell that did not parse: blank, a marker kept as written, or a mismatch kept as text. */
function notParsed(cell: string, stats: ColumnStats, row: number): CellValue {
  if (cell.trim() === '') return null;
  const marker = missingMarker(cell);
  if (marker !== null) {
    stats.marker(marker);
    return cell.trim();
  }
  stats.nonEmpty++;
  stats.mismatch(row);
  return cell;
}

/** A workbook value of the wrong kind: kept as it is, counted. */
function misfit(cell: RawCell, stats: ColumnStats, row: number): CellValue {
  stats.nonEmpty++;
  stats.mismatch(row);
  if (cell === null) return null;
  return typeof cell === 'object' ? cell.date : cell;
}

/**
 * The converter of a column whose sample held no values (a column filled
 * only far down the file): cells are kept as text and their kinds counted,
 * so the type can be settled once the whole file has been read.
 */
export function undecidedConverter(decimal: DecimalSeparator): CellConverter {
  return (cell, stats) => {
    if (cell === null) return null;
    const kind = classifyCell(cell, decimal);
    stats.kinds.set(kind, (stats.kinds.get(kind) ?? 0) + 1);
    if (kind === 'blank') return null;
    stats.nonEmpty++;
    return typeof cell === 'object' ? cell.date : cell;
  };
}
