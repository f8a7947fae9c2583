/**
 * Quotes an SQL identifier (table or column name) for SQLite: wraps it in
 * double quotes and doubles any double quote inside. Every identifier that
 * reaches SQL in Ficha goes through this one function.
 */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error(`[db] identifier contains a NUL character`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes a string literal for SQLite (single quotes doubled), for PRAGMA and VACUUM INTO. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
