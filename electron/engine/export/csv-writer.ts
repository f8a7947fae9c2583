import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import type { DatasetRecord } from '../datasets/catalog';
import { FichaError } from '../../../shared/errors';
import { csvLineSql, quoteField, registerCsvFunctions } from './csv-format';

/** Where CSV text goes: a file, a hash, a zip entry, all at once. */
export interface TextSink {
  write(chunk: string): Promise<void> | void;
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
  /** Rows read per page; each page is read whole before any await. */
  pageRows?: number;
}

/** RFC 4180 line ending. */
export const CRLF = '\r\n';

/**
 * Writes a dataset's table as CSV: one header of machine names, then each
 * row in table order. Rows are read in pages by rowid, each page read to the
 * end before the sink may wait, so no statement stays open across an await
 * (better-sqlite3 refuses writes on a connection with an open iterator).
 */
export async function writeTableCsv(
  workspace: Workspace,
  dataset: DatasetRecord,
  sink: TextSink,
  options: CsvWriteOptions = {},
): Promise<number> {
  const columns = dataset.columns;
  await sink.write(columns.map((c) => quoteField(c.name)).join(',') + CRLF);
  if (columns.length === 0) return 0;

  registerCsvFunctions(workspace.db);
  const where = options.selection ? `AND ${quoteIdent(options.selection.column)} IS ?` : '';
  const statement = workspace.db
    .prepare(
      `SELECT rowid, ${csvLineSql(columns)} FROM ${quoteIdent(dataset.tableName)}
       WHERE rowid > ? ${where} ORDER BY rowid LIMIT ?`,
    )
    .raw(true);
  const pageRows = options.pageRows ?? 20_000;

  let last = -Infinity;
  let written = 0;
  for (;;) {
    if (options.signal?.aborted) throw new FichaError('CANCELLED');
    const params = options.selection ? [last, options.selection.value, pageRows] : [last, pageRows];
    const lines: string[] = [];
    for (const row of statement.iterate(...params) as Iterable<[number, string]>) {
      lines.push(row[1]);
      last = row[0];
    }
    if (lines.length === 0) break;
    written += lines.length;
    await sink.write(lines.join(CRLF) + CRLF);
    options.onRows?.(written);
    if (lines.length < pageRows) break;
  }
  return written;
}
