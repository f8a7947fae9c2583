import { SqliteError } from 'better-sqlite3';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import type { DatasetRecord } from '../datasets/catalog';
import { FichaError } from '../../../shared/errors';
import { csvLineSql, quoteField, registerCsvFunctions } from './csv-format';

/** Where CSV bytes go: a file, a hash, a zip entry, all at once. */
export interface TextSink {
  write(chunk: Buffer): Promise<void> | void;
}

/** Which rows to write: all of them, or those whose column equals a value. */
export interface RowSelection {
  column: string;
  value: unknown;
}

/** What the writer reports as it goes. */
export interface CsvWriteOptions {
  selection?: RowSelection;
  signal?: AbortSignal;
  /** Called after each page with the rows written so far. */
  onRows?: (rows: number) => void;
  /** Rows read per page; each page is one query, finished before any await. */
  pageRows?: number;
}

/** RFC 4180 line ending. */
export const CRLF = '\r\n';

/** One page of CSV as SQLite returns it: last rowid, row count, the lines. */
type Page = [last: number | null, rows: number, bytes: Buffer | null];

/**
 * Writes a dataset's table as CSV: one header of machine names, then each
 * row in table order. SQLite builds each page of lines and joins it into
 * one UTF-8 buffer (a co-routine over the rowid range keeps the order), so
 * JavaScript handles one buffer per page instead of a string per row. Each
 * page is one finished query, so no statement stays open across an await
 * (better-sqlite3 refuses writes on a connection with an open iterator).
 */
export async function writeTableCsv(
  workspace: Workspace,
  dataset: DatasetRecord,
  sink: TextSink,
  options: CsvWriteOptions = {},
): Promise<number> {
  const columns = dataset.columns;
  await sink.write(Buffer.from(columns.map((c) => quoteField(c.name)).join(',') + CRLF, 'utf8'));
  if (columns.length === 0) return 0;

  registerCsvFunctions(workspace.db);
  const where = options.selection ? `AND ${quoteIdent(options.selection.column)} IS ?` : '';
  const statement = workspace.db
    .prepare(
      `SELECT max(r), count(*), CAST(group_concat(line, char(13, 10)) || char(13, 10) AS BLOB)
       FROM (SELECT rowid AS r, ${csvLineSql(columns)} AS line
             FROM ${quoteIdent(dataset.tableName)}
             WHERE rowid > ? ${where} ORDER BY rowid LIMIT ?)`,
    )
    .raw(true);
  const page = (after: number, rows: number) =>
    statement.get(
      ...(options.selection ? [after, options.selection.value, rows] : [after, rows]),
    ) as Page;
  let pageRows = options.pageRows ?? 20_000;

  let last = -Infinity;
  let written = 0;
  for (;;) {
    if (options.signal?.aborted) throw new FichaError('CANCELLED');
    let result: Page;
    try {
      result = page(last, pageRows);
    } catch (error) {
      // Very wide rows can pass SQLite's string limit: read fewer at a time.
      if (!(error instanceof SqliteError && error.code === 'SQLITE_TOOBIG' && pageRows > 1))
        throw error;
      pageRows = Math.ceil(pageRows / 2);
      continue;
    }
    const [max, rows, bytes] = result;
    if (rows === 0 || max === null || bytes === null) break;
    last = max;
    written += rows;
    await sink.write(bytes);
    options.onRows?.(written);
    if (rows < pageRows) break;
  }
  return written;
}
