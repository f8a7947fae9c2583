import type { CellValue, ColumnType } from '../../../shared/table';

/** Turns one stored cell into its CSV field text. */
export type FieldFormatter = (value: unknown) => string;

// A field needs quotes when it holds the separator, a quote or a line break.
const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 quoting: wraps in quotes and doubles inner quotes when needed. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as data: point decimal, no grouping, and the Table Schema words
 * for the values that are not finite.
 */
export function numberText(value: number): string {
  if (Number.isFinite(value)) return String(value);
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'INF' : '-INF';
}

/** Any stored cell as CSV text: empty for missing, text quoted as needed. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quoteField(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  return quoteField(String(value));
}

/** A boolean column's cell: stored 0/1 read as false/true; anything else as it is. */
export function formatBooleanCell(value: unknown): string {
  if (value === 1 || value === true) return 'true';
  if (value === 0 || value === false) return 'false';
  return formatCell(value);
}

/** The formatter of each column, by its type. */
export function formattersFor(types: readonly ColumnType[]): FieldFormatter[] {
  return types.map((type) => (type === 'boolean' ? formatBooleanCell : formatCell));
}

/** One CSV record (without the line ending) from a row of cells. */
export function csvRecord(cells: readonly CellValue[]): string {
  return cells.map((cell) => formatCell(cell)).join(',');
}
