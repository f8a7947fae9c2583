import type { Workspace } from '../workspace/workspace';
import type { DatasetRecord } from '../datasets/catalog';
import { FichaError } from '../../../shared/errors';
import { quoteField } from './csv-format';
import { CsvHelper } from './csv-helper';
import type { CsvPage, CsvTable } from './csv-pages';
import { pageReader } from './csv-pages';
import { exportWorkerPath } from './export-worker-path';

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
  /**
   * Read every other page in a helper thread on its own connection. By
   * default, when the export worker is built and the table spans at least
   * four pages.
   */
  helper?: boolean;
}

/** RFC 4180 line ending. */
export const CRLF = '\r\n';

/**
 * Writes a dataset's table as CSV: one header of machine names, then each
 * row in table order, page by page (see pageReader). Large tables are read
 * by two threads, this one the even pages and a helper the odd ones, and
 * written in order; the bytes are the same either way.
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

  const source: CsvTable = {
    table: dataset.tableName,
    columns: columns.map((c) => ({ name: c.name, type: c.type })),
    selection: options.selection,
  };
  const reader = pageReader(workspace.db, source);
  const pageRows = options.pageRows ?? 20_000;
  const helper = startHelper(workspace, dataset, source, pageRows, options);

  let written = 0;
  const write = async (page: CsvPage) => {
    for (const chunk of page.chunks) await sink.write(chunk);
    written += page.rows;
    if (page.rows > 0) options.onRows?.(written);
  };
  try {
    for (let after = -Infinity; ;) {
      if (options.signal?.aborted) throw new FichaError('CANCELLED');
      const own = reader.read(after, pageRows);
      await write(own);
      if (own.rows < pageRows) break;
      after = own.last;
      if (!helper) continue;

      if (options.signal?.aborted) throw new FichaError('CANCELLED');
      const next = await helper.next();
      if (!next) break;
      await write(next);
      if (next.rows < pageRows) break;
      after = next.last;
    }
  } finally {
    await helper?.stop();
  }
  return written;
}

/** The helper thread, when asked for or when the table is large enough to gain from it. */
function startHelper(
  workspace: Workspace,
  dataset: DatasetRecord,
  source: CsvTable,
  pageRows: number,
  options: CsvWriteOptions,
): CsvHelper | null {
  const wanted = options.helper ?? (!options.selection && dataset.rowCount >= 4 * pageRows);
  const script = wanted && !workspace.db.memory ? exportWorkerPath() : null;
  return script ? new CsvHelper(script, workspace.path, source, pageRows) : null;
}
