import type Database from 'better-sqlite3';
import type { ColumnType } from '../../../shared/table';
import { quoteIdent } from '../db/quote';

// A field needs quotes when it holds the separator, a quote or a line break.
const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 quoting: wraps in quotes and doubles inner quotes when needed. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as data: JavaScript's shortest round-trip text (SQLite's own
 * CAST may add a 17th digit), point decimal, no grouping, and the Table
 * Schema words for the values that are not finite.
 */
export function numberText(value: number): string {
  if (Number.isFinite(value)) return String(value);
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'INF' : '-INF';
}

/** Registers the function the CSV expression calls for real numbers. */
export function registerCsvFunctions(db: Database.Database): void {
  db.function('ficha_csv_real', { deterministic: true }, (value: unknown) =>
    typeof value === 'number' ? numberText(value) : String(value),
  );
}

/**
 * The SQL expression of one column's CSV field, so that SQLite builds each
 * line and JavaScript receives one string per row instead of one per cell
 * (creating strings per cell is what export time goes to). Missing values
 * are empty, text is quoted as RFC 4180 says, stored booleans (0/1) read
 * true/false, reals go through ficha_csv_real.
 */
export function csvFieldSql(name: string, type: ColumnType): string {
  const x = quoteIdent(name);
  const quoted =
    `CASE WHEN instr(${x}, '"') OR instr(${x}, ',') OR instr(${x}, char(10)) ` +
    `OR instr(${x}, char(13)) THEN '"' || replace(${x}, '"', '""') || '"' ELSE ${x} END`;
  const boolean = type === 'boolean' ? `WHEN ${x} = 1 THEN 'true' WHEN ${x} = 0 THEN 'false' ` : '';
  return (
    `CASE WHEN ${x} IS NULL THEN '' ${boolean}WHEN typeof(${x}) = 'text' THEN ${quoted} ` +
    `WHEN typeof(${x}) = 'real' THEN ficha_csv_real(${x}) ELSE CAST(${x} AS TEXT) END`
  );
}

/** The SQL expression of a whole CSV line (without its ending). */
export function csvLineSql(columns: readonly { name: string; type: ColumnType }[]): string {
  return columns.map((c) => csvFieldSql(c.name, c.type)).join(` || ',' || `);
}
