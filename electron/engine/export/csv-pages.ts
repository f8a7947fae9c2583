import type Database from 'better-sqlite3';
import { SqliteError } from 'better-sqlite3';
import type { ColumnType } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import { csvLineSql, registerCsvFunctions } from './csv-format';

/** What a page reader needs to know of the table, plain data so it can cross threads. */
export interface CsvTable {
  table: string;
  columns: { name: string; type: ColumnType }[];
  /** Only the rows whose column equals the value (one file of a split export). */
  selection?: { column: string; value: unknown };
}

/** The CSV bytes of consecutive rows, and the rowid of the last one. */
export interface CsvPage {
  chunks: Buffer[];
  rows: number;
  last: number;
}

/** Reads pages of CSV lines from a table, in rowid order. */
export interface PageReader {
  /** Up to `rows` rows after rowid `after`. */
  read(after: number, rows: number): CsvPage;
  /** The rowid of the `rows`-th row after `after`, or null when fewer are left. */
  skip(after: number, rows: number): number | null;
}

type Answer = [last: number | null, rows: number, bytes: Buffer | null];

/**
 * A page reader on one connection. SQLite builds each line and joins a page
 * into one UTF-8 buffer (a co-routine over the rowid range keeps the
 * order), so JavaScript handles one buffer per page instead of a string
 * per row; each read is a finished query, so no statement stays open.
 */
export function pageReader(db: Database.Database, source: CsvTable): PageReader {
  registerCsvFunctions(db);
  const table = quoteIdent(source.table);
  const where = source.selection ? `AND ${quoteIdent(source.selection.column)} IS ?` : '';
  const lines = db
    .prepare(
      `SELECT max(r), count(*), CAST(group_concat(line, char(13, 10)) || char(13, 10) AS BLOB)
       FROM (SELECT rowid AS r, ${csvLineSql(source.columns)} AS line FROM ${table}
             WHERE rowid > ? ${where} ORDER BY rowid LIMIT ?)`,
    )
    .raw(true);
  const rowids = db
    .prepare(`SELECT rowid FROM ${table} WHERE rowid > ? ${where} ORDER BY rowid LIMIT 1 OFFSET ?`)
    .pluck();
  const params = (after: number, count: number) =>
    source.selection ? [after, source.selection.value, count] : [after, count];
  let chunkRows = Number.MAX_SAFE_INTEGER;

  function query(after: number, rows: number): { answer: Answer; asked: number } {
    for (;;) {
      const asked = Math.min(rows, chunkRows);
      try {
        return { answer: lines.get(...params(after, asked)) as Answer, asked };
      } catch (error) {
        // Very wide rows can pass SQLite's string limit: read fewer at a time.
        const tooBig = error instanceof SqliteError && error.code === 'SQLITE_TOOBIG';
        if (!tooBig || asked <= 1) throw error;
        chunkRows = Math.ceil(asked / 2);
      }
    }
  }

  return {
    read(after, rows) {
      const page: CsvPage = { chunks: [], rows: 0, last: after };
      while (page.rows < rows) {
        const { answer, asked } = query(page.last, rows - page.rows);
        const [last, count, bytes] = answer;
        if (count === 0 || last === null || bytes === null) break;
        page.chunks.push(bytes);
        page.rows += count;
        page.last = last;
        if (count < asked) break;
      }
      return page;
    },
    skip(after, rows) {
      return (rowids.get(...params(after, rows - 1)) as number | undefined) ?? null;
    },
  };
}
