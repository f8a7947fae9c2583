import type { ColumnType } from '../../../../shared/table';
import type { RawCell } from '../source';
import { classifyCell } from './classify-cell';
import type { CellKind } from './classify-cell';
import { missingMarker, parseBoolean } from './markers';
import type { DecimalSeparator } from './parse-number';
import { slashedParts } from './parse-temporal';
import type { DateOrder } from './parse-temporal';

/** Share of a column's values a type must fit to be chosen. */
export const typeThreshold = 0.9;

/** A column's inferred type and what in its sample did not fit. */
export interface ColumnInference {
  type: ColumnType;
  /** Sample values that are not blank, not markers and do not fit the type. */
  mismatches: number;
  /** Markers seen in the sample with their counts (numeric, date, boolean columns). */
  markers: Record<string, number>;
  dateOrder: DateOrder;
  /** Sample cells that are neither blank nor markers. */
  values: number;
}

/**
 * Infers a column's type from a sample of its cells. Blank cells and
 * missing markers do not vote. Any code with leading zeros makes the
 * column text, since turning "01001" into 1001 loses the key. Otherwise
 * the most specific type that at least 90% of the values fit wins
 * (integer, number, date, datetime, boolean), else text. In a column of
 * sí/no, "NO" is false rather than the marker "no ocurre".
 */
export function inferColumn(cells: readonly RawCell[], decimal: DecimalSeparator): ColumnInference {
  const dateOrder = detectDateOrder(cells);
  const counts = new Map<CellKind, number>();
  for (const cell of cells) {
    const kind = classifyCell(cell, decimal, dateOrder);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const count = (kind: CellKind) => counts.get(kind) ?? 0;

  const booleans = countBooleans(cells);
  const values = cells.length - count('blank') - count('marker');
  const type = chooseType(values, count, booleans);

  const fitting = fits(type, count, booleans);
  const markers = type === 'text' || type === 'boolean' ? {} : markerCounts(cells);
  const counted = type === 'boolean' ? booleans.total : values;
  return { type, mismatches: Math.max(0, counted - fitting), markers, dateOrder, values };
}

/** Counts of cell kinds, as a column with no values in its sample gathers them. */
export type KindCounts = Map<CellKind, number>;

/**
 * Chooses a type from kind counts gathered over a whole column (for
 * columns whose sample was empty) and says how many values do not fit.
 * Booleans are not considered: sí/no columns show in any sample.
 */
export function typeFromKinds(kinds: KindCounts): { type: ColumnType; mismatches: number } {
  const count = (kind: CellKind) => kinds.get(kind) ?? 0;
  const values = [...kinds].reduce(
    (sum, [kind, n]) => (kind === 'blank' || kind === 'marker' ? sum : sum + n),
    0,
  );
  const none: BooleanCounts = { total: 0, nonBlank: 0, trueWords: 0 };
  const type = chooseType(values, count, none);
  return { type, mismatches: type === 'text' ? 0 : values - fits(type, count, none) };
}

type Counter = (kind: CellKind) => number;

interface BooleanCounts {
  /** Cells that read as sí/no, true/false…, "NO" included. */
  total: number;
  /** Non-blank cells. */
  nonBlank: number;
  trueWords: number;
}

function chooseType(values: number, count: Counter, booleans: BooleanCounts): ColumnType {
  if (values === 0 && booleans.total === 0) return 'text';
  if (count('code') > 0) return 'text';

  const numeric = count('integer') + count('number');
  if (numeric >= values * typeThreshold && numeric > 0) {
    return count('number') > 0 ? 'number' : 'integer';
  }
  const temporal = count('date') + count('datetime');
  if (temporal >= values * typeThreshold && temporal > 0) {
    return count('datetime') > 0 ? 'datetime' : 'date';
  }
  if (booleans.trueWords > 0 && booleans.total >= booleans.nonBlank * typeThreshold) {
    return 'boolean';
  }
  return 'text';
}

function fits(type: ColumnType, count: Counter, booleans: BooleanCounts): number {
  switch (type) {
    case 'integer':
    case 'number':
      return count('integer') + count('number');
    case 'date':
    case 'datetime':
      return count('date') + count('datetime');
    case 'boolean':
      return booleans.total;
    default:
      return count('text') + count('integer') + count('number') + count('code') + count('date');
  }
}

function countBooleans(cells: readonly RawCell[]): BooleanCounts {
  const counts: BooleanCounts = { total: 0, nonBlank: 0, trueWords: 0 };
  for (const cell of cells) {
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
    counts.nonBlank++;
    const value =
      typeof cell === 'boolean' ? cell : typeof cell === 'string' ? parseBoolean(cell) : null;
    if (value === null) continue;
    counts.total++;
    if (value) counts.trueWords++;
  }
  return counts;
}

function markerCounts(cells: readonly RawCell[]): Record<string, number> {
  const markers: Record<string, number> = {};
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const marker = missingMarker(cell);
    if (marker) markers[marker] = (markers[marker] ?? 0) + 1;
  }
  return markers;
}

/**
 * Day first, as Mexico writes dates, unless some slashed date has a second
 * number above 12 and none has a first number above 12.
 */
export function detectDateOrder(cells: readonly RawCell[]): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    if (typeof cell !== 'string' || cell.length > 30) continue;
    const parts = slashedParts(cell);
    if (!parts) continue;
    if (parts[0] > 12) dayFirst = true;
    if (parts[1] > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? 'mdy' : 'dmy';
}
