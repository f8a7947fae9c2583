import { randomBytes } from 'node:crypto';
import { FichaError } from '../../../shared/errors';
import type { CellValue, ColumnType } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import { STAGING_PREFIX } from '../db/schema';
import type { Workspace } from '../workspace/workspace';
import type { DatasetRecord } from './catalog';
import { commitDataset } from './commit-dataset';
import type { DatasetCommit } from './commit-dataset';
import { newId } from './ids';
import { reservedColumnNames } from './names';
import { rowInserter } from './row-inserter';
import { sourceBytesWriter } from './source-store';

/** SQLite's default limit on the columns of a table. */
export const MAX_COLUMNS = 2000;

/** A column as an import declares it before the rows arrive. */
export interface WriterColumn {
  name: string;
  label: string;
  type: ColumnType;
}

/**
 * A dataset being written by an import. Rows go into a staging table in
 * short transactions; nothing is visible as a dataset until `commit`, and
 * `abort` (or a crash, cleaned on the next open) leaves the workspace as it
 * was.
 */
export interface DatasetWriter {
  readonly stagingTable: string;
  readonly rowsWritten: number;
  /** Inserts a batch of rows (cells in column order) in one transaction. */
  insertRows(rows: readonly (readonly CellValue[])[]): void;
  /**
   * Appends, in their order, the rows of `table` in another SQLite file
   * (written apart, e.g. by a second thread reading a later part of the
   * file) whose columns match the staging table's, in one transaction.
   */
  appendFrom(file: string, table: string, rows: number): void;
  /** Stores the next piece of the original file's bytes. */
  addSourceChunk(bytes: Uint8Array): void;
  /** Ends the original file's bytes: their size and SHA-256, hashed once as they were added. */
  finishSource(): { size: number; sha256: string };
  /** Turns the staged rows into a dataset, in one transaction. */
  commit(details: DatasetCommit): DatasetRecord;
  /** Drops everything staged; safe to call after commit or twice. */
  abort(): void;
}

/**
 * Starts writing a new dataset: creates the staging table whose columns
 * are the machine names, with no declared type so values keep their kind.
 */
export function beginDatasetWrite(
  workspace: Workspace,
  options: { columns: readonly WriterColumn[]; file?: string },
): DatasetWriter {
  if (workspace.readOnly) throw new FichaError('WORKSPACE_READ_ONLY');
  const columns = options.columns;
  if (columns.length > MAX_COLUMNS) {
    throw new FichaError('TOO_MANY_COLUMNS', {
      file: options.file ?? '',
      count: columns.length,
      limit: MAX_COLUMNS,
    });
  }

  const clash = columns.find((c) => reservedColumnNames.has(c.name.toLowerCase()));
  if (clash) throw new Error(`[datasets] column name ${clash.name} would hide the row id`);

  const db = workspace.db;
  const stagingTable = `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`;
  const definition = columns.length > 0 ? columns.map((c) => quoteIdent(c.name)).join(', ') : '"_"';
  db.exec(`CREATE TABLE ${quoteIdent(stagingTable)} (${definition})`);

  const insert = rowInserter(db, stagingTable, Math.max(columns.length, 1));
  const source = sourceBytesWriter(workspace, newId());
  let rowsWritten = 0;
  let state: 'open' | 'committed' | 'aborted' = 'open';

  const assertOpen = () => {
    if (state !== 'open') throw new Error(`[datasets] the dataset writer is already ${state}`);
  };

  return {
    stagingTable,
    get rowsWritten() {
      return rowsWritten;
    },
    insertRows(rows) {
      assertOpen();
      db.transaction(() => insert(rows)).immediate();
      rowsWritten += rows.length;
    },
    appendFrom(file, table, rows) {
      assertOpen();
      db.prepare('ATTACH DATABASE ? AS part').run(file);
      try {
        // A bare SELECT * between tables of the same shape lets SQLite copy each
        // record as it is stored, without decoding its cells (a third faster
        // than with ORDER BY, which disables that). The copy walks the other
        // table in rowid order and appends, so the rows keep their order.
        db.transaction(() => {
          db.exec(
            `INSERT INTO ${quoteIdent(stagingTable)} SELECT * FROM part.${quoteIdent(table)}`,
          );
        }).immediate();
      } finally {
        db.exec('DETACH DATABASE part');
      }
      rowsWritten += rows;
    },
    addSourceChunk(bytes) {
      assertOpen();
      source.add(bytes);
    },
    finishSource() {
      assertOpen();
      const sha256 = source.finish();
      return { size: source.size, sha256 };
    },
    commit(details) {
      assertOpen();
      const sha256 = source.finish();
      const record = commitDataset(workspace, {
        stagingTable,
        stagedColumns: columns,
        rowCount: rowsWritten,
        stagedSource: source.size > 0 ? { id: source.sourceId, size: source.size, sha256 } : null,
        details,
      });
      state = 'committed';
      return record;
    },
    abort() {
      if (state !== 'open') return;
      state = 'aborted';
      db.transaction(() => {
        db.exec(`DROP TABLE IF EXISTS ${quoteIdent(stagingTable)}`);
        db.prepare('DELETE FROM source_chunks WHERE source_id = ?').run(source.sourceId);
      }).immediate();
    },
  };
}
