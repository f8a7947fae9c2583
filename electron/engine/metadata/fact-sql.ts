/**
 * The SQL tests behind the per-column counts of the table facts, written
 * once so that the same expression runs over a table's cells or over the
 * distinct values of a column (`value` of json_each): same SQL, same answer.
 * `x` is a quoted column name or any expression.
 */

/** 1 for a cell that is neither NULL nor the empty string, else 0. */
export function filledSql(x: string): string {
  return `(${x} IS NOT NULL AND ${x} <> '')`;
}

/** True for text with spaces at either end (SQLite's trim removes spaces only). */
export function untrimmedSql(x: string): string {
  return `(typeof(${x}) = 'text' AND ${x} <> trim(${x}))`;
}

/** True for text that reads as a number a person typed ("1,234.5", "12 %", "$ 30"). */
export function numericTextSql(x: string): string {
  return (
    `(typeof(${x}) = 'text' AND trim(${x}, '0123456789.,$% +-') = '' ` +
    `AND trim(${x}, '.,$% +-') <> '' AND ${x} NOT GLOB '0[0-9]*' ` +
    `AND ${x} NOT GLOB '[+-]0[0-9]*' AND instr(${x}, '/') = 0 ` +
    `AND instr(ltrim(${x}, '+- '), '-') = 0)`
  );
}

/** True for text that reads as a local date (31/12/2020), not ISO 8601; needs the fact functions. */
export function localDateSql(x: string): string {
  // CASE, not AND, so that only date-like text reaches the JS function.
  return (
    `(CASE WHEN typeof(${x}) = 'text' AND trim(${x}, '0123456789/.-') = '' ` +
    `AND length(${x}) BETWEEN 6 AND 10 THEN ficha_fact_date_pattern(${x}) IS NOT NULL ELSE 0 END)`
  );
}

/** True for text that says "Total" as a computed row does; needs the fact functions. */
export function totalSql(x: string): string {
  return `(${x} LIKE '%total%' AND ficha_fact_total(${x}))`;
}
