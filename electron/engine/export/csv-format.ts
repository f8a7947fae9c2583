import type Database from 'better-sqlite3';
import type { ColumnType } from '../../../shared/table';
import { quoteIdent } from '../db/quote';

// A field needs quotes when it holds the separator, a quote or a line break.
const NEEDS_QUOTES = /[",\r\n]/;

// The same test as a GLOB pattern, one scan of the value in SQLite.
const NEEDS_QUOTES_GLOB = `'*[",\r\n]*'`;

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
 * line and JavaScript receives whole pages of bytes instead of one string
 * per cell (creating strings per cell is what export time goes to). The
 * storage class is read once and the column type's own class is tried
 * first. Missing values are empty, text is quoted as RFC 4180 says, stored
 * booleans (0/1) read true/false, reals go through ficha_csv_real.
 */
export function csvFieldSql(name: string, type: ColumnType): string {
  const x = quoteIdent(name);
  const branches = {
    text: `WHEN 'text' THEN IIF(${x} GLOB ${NEEDS_QUOTES_GLOB}, '"' || replace(${x}, '"', '""') || '"', ${x})`,
    real: `WHEN 'real' THEN ficha_csv_real(${x})`,
    null: `WHEN 'null' THEN ''`,
  };
  const order =
    type === 'number'
      ? [branches.real, branches.null, branches.text]
      : [branches.text, branches.null, branches.real];
  const field = `CASE typeof(${x}) ${order.join(' ')} ELSE CAST(${x} AS TEXT) END`;
  if (type !== 'boolean') return field;
  return `CASE WHEN ${x} = 1 THEN 'true' WHEN ${x} = 0 THEN 'false' ELSE ${field} END`;
}

/**
 * The SQL expression of a whole CSV line (without its ending). concat_ws
 * sizes the line once instead of copying it at every `||`; no field is ever
 * NULL, so none is skipped.
 */
export function csvLineSql(columns: readonly { name: string; type: ColumnType }[]): string {
  return `concat_ws(',', ${columns.map((c) => csvFieldSql(c.name, c.type)).join(', ')})`;
}
