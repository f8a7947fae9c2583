import Database from 'better-sqlite3';
import type { Encoding, SourceFormat } from '../../../../shared/import';
import { rowInserter } from '../../datasets/row-inserter';
import type { Layout } from '../layout';
import { TextReader } from '../text/text-reader';
import type { ReadElsewhere, TextSettings } from '../text/text-reader';
import { converterFor } from './plan-columns';
import type { PlannedColumn } from './plan-columns';
import { TableAssembler } from './table-assembler';
import type { AssemblerPart } from './table-assembler';

/** Name of the table the later part's rows are written to. */
export const tailTable = 'part_rows';

/** Everything reading a later part of a text file needs, as plain data a thread can receive. */
export interface TailJob {
  file: string;
  format: SourceFormat;
  encoding: Encoding;
  delimiter: string;
  /** How the whole file is read, with `start` set to the first byte of the part. */
  settings: TextSettings;
  sheet: string;
  layout: Layout;
  columns: Omit<PlannedColumn, 'convert'>[];
  headerWidth: number | null;
  /** The SQLite file the rows go to (created here, deleted by the caller). */
  database: string;
}

/** What reading the later part found; rows are numbered from 1 at its start. */
export interface TailResult {
  part: AssemblerPart;
  read: ReadElsewhere;
}

/**
 * Reads a text file from a record boundary to its end as the import would
 * read the rows below an earlier data row: the same parser, conversion
 * and row classification, rows written to their own SQLite file with no
 * journal (it is thrown away if anything goes wrong). Runs in a worker
 * thread while the import reads the earlier part.
 */
export async function readTail(
  job: TailJob,
  signal: AbortSignal,
  progress: (bytes: number) => void,
): Promise<TailResult> {
  const reader = new TextReader(job.file, job.format, job.encoding, job.delimiter, job.settings);
  const columns = job.columns.map((column) => ({ ...column, convert: converterFor(column) }));
  const assembler = new TableAssembler(columns, job.layout, {
    sheet: job.sheet,
    headerWidth: job.headerWidth,
    continuation: true,
  });

  const db = new Database(job.database);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    const width = Math.max(columns.length, 1);
    const names = Array.from({ length: width }, (_, index) => `c${index}`).join(', ');
    db.exec(`CREATE TABLE ${tailTable} (${names})`);
    const insert = rowInserter(db, tailTable, width);
    const start = job.settings.start ?? job.settings.bomLength;

    db.exec('BEGIN');
    const onProgress = (p: { done: number }) => progress(p.done - start);
    for await (const batch of reader.rows(job.sheet, signal, onProgress)) {
      for (let i = 0; i < batch.rows.length; i++) assembler.add(batch.rows[i], batch.startRow + i);
      const rows = assembler.drain();
      if (rows.length > 0) insert(rows);
      assembler.recycle(rows);
    }
    db.exec('COMMIT');
  } finally {
    db.close();
  }

  return { part: assembler.part(), read: { ...reader.counts(), invalidUtf8: reader.invalidUtf8 } };
}
