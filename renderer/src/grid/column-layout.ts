import type { ColumnType } from '../../../shared/table';

/** Height of a body row in pixels; the CSS uses the same. */
export const rowHeight = 28;

/** Height of the header row (label over type). */
export const headerHeight = 48;

const typeWidths: Record<ColumnType, number> = {
  integer: 110,
  number: 130,
  boolean: 90,
  date: 120,
  datetime: 180,
  text: 200,
};

/** A column's width from its type and how long its label is. */
export function columnWidth(type: ColumnType, label: string): number {
  const byLabel = Math.min(320, Math.ceil(label.length * 7.5) + 48);
  return Math.max(typeWidths[type], byLabel);
}

/** The width of the row-number column, wide enough for the largest number. */
export function rowNumberWidth(rows: number): number {
  const digits = Math.max(1, String(rows).length);
  return Math.max(56, Math.ceil(digits * 1.34) * 8 + 24);
}

/** Left edges of the columns (prefix sums); the last entry is the total width. */
export function columnEdges(widths: number[]): number[] {
  const edges = [0];
  for (const width of widths) edges.push(edges[edges.length - 1] + width);
  return edges;
}

/** The columns (first..last, inclusive) that show between left and left + width. */
export function visibleColumns(
  edges: number[],
  left: number,
  width: number,
): { first: number; last: number } {
  const count = edges.length - 1;
  if (count === 0) return { first: 0, last: -1 };
  let first = 0;
  while (first < count - 1 && edges[first + 1] <= left) first += 1;
  let last = first;
  while (last < count - 1 && edges[last + 1] < left + width) last += 1;
  return { first, last };
}

/** Whether a column's values are numbers, shown right-aligned. */
export function isNumeric(type: ColumnType): boolean {
  return type === 'integer' || type === 'number';
}
