import type Database from 'better-sqlite3';
import type { CellValue } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import { toSqlValue } from './cells';

/** Rows per multi-row INSERT: fastest in measured.md, capped by SQLite's 32,766 parameters. */
const ROWS_PER_INSERT = 50;
const MAX_PARAMETERS = 32_766;

/**
 * Prepares the INSERTs of a table once: one of many rows for full groups,
 * one of a single row for the remainder, reusing the parameter array.
 * The caller opens the transaction.
 */
export function rowInserter(db: Database.Database, table: string, width: number) {
  const perInsert = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / width)));
  const tuple = `(${new Array(width).fill('?').join(', ')})`;
  const into = `INSERT INTO ${quoteIdent(table)} VALUES `;
  const many = db.prepare(into + new Array(perInsert).fill(tuple).join(', '));
  const one = db.prepare(into + tuple);
  const manyParams: unknown[] = new Array(perInsert * width);
  const oneParams: unknown[] = new Array(width);

  const fill = (params: unknown[], at: number, row: readonly CellValue[]) => {
    if (row.length > width) {
      throw new Error(`[datasets] a row has ${row.length} cells for ${width} columns`);
    }
    for (let i = 0; i < width; i++) params[at + i] = toSqlValue(row[i]);
  };

  return (rows: readonly (readonly CellValue[])[]) => {
    let index = 0;
    for (; index + perInsert <= rows.length; index += perInsert) {
      for (let r = 0; r < perInsert; r++) fill(manyParams, r * width, rows[index + r]);
      many.run(manyParams);
    }
    for (; index < rows.length; index++) {
      fill(oneParams, 0, rows[index]);
      one.run(oneParams);
    }
  };
}
