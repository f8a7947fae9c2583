import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportOptions } from '../../../../shared/import';
import type { DatasetWriter } from '../../datasets/writer';
import { findSplit } from '../text/find-split';
import { TextReader } from '../text/text-reader';
import type { PreparedTable } from './read-table';
import { tailTable } from './read-tail';
import type { TailJob } from './read-tail';
import type { TableAssembler } from './table-assembler';
import { startTailWorker } from './tail-worker';

/** When a text file is read in two threads. */
export interface SplitSettings {
  /** Smallest file split; 16 MB by default (below that a thread costs more than it saves). */
  minBytes?: number;
  /** Share of the bytes the second thread reads; the first also stores the file and joins. */
  tailShare?: number;
}

/** A text file whose later part is being read in a second thread. */
export interface SplitReading {
  /** First byte of the later part. */
  readonly offset: number;
  /** True once the later part's rows were joined to the staging table. */
  readonly joined: boolean;
  /** Stops the thread if still running and deletes its rows' file. */
  close(): Promise<void>;
}

const defaultMinBytes = 16 * 1024 * 1024;
// The first thread also stores and hashes the whole file and copies the
// second thread's rows in at the end; with these shares both threads end
// about together on the benchmark's 1,000,000-row CSV (bench/RESULTS.md).
const defaultTailShare = 0.58;

/** Whether a text file of this size is read in two threads. */
export function worthTwoThreads(
  size: number,
  settings: SplitSettings | false | undefined,
): boolean {
  if (settings === false) return false;
  // FICHA_IMPORT_THREADS=1 keeps every import in one thread (for comparison);
  // on a machine with one core a second thread would only take turns with the first.
  if (process.env.FICHA_IMPORT_THREADS === '1' || availableParallelism() < 2) return false;
  return size >= (settings?.minBytes ?? defaultMinBytes);
}

/**
 * Starts reading the later part of a large text file in a worker thread
 * while the import reads the earlier part, or returns null when the file
 * is not worth it or cannot be split. The reader pauses where the later
 * part starts; the two parts are joined only if the earlier one ends there
 * exactly at a record boundary with a data row last, and the later one was
 * read without error. Otherwise the reader goes on through the later part
 * itself, so the result is always the one a single thread would give.
 * The reader's bytes must be tapped (TextReader.tapBytes) before it reaches
 * the later part: `storeRest` stores those from there on.
 */
export async function startSplitReading(
  table: PreparedTable,
  options: ImportOptions,
  work: {
    writer: DatasetWriter;
    assembler: TableAssembler;
    signal: AbortSignal;
    settings: SplitSettings;
    progress: (bytes: number) => void;
    /** Stores the file's bytes from an offset to its end (those before it are tapped). */
    storeRest: (offset: number) => Promise<void>;
  },
): Promise<SplitReading | null> {
  const reader = table.reader;
  if (!(reader instanceof TextReader) || options.lastRow !== undefined) return null;
  const { bomLength, size } = reader.partSettings(0);
  if (!worthTwoThreads(size, work.settings)) return null;

  const share = work.settings.tailShare ?? defaultTailShare;
  const target = bomLength + Math.floor((size - bomLength) * (1 - share));
  const offset = await findSplit(reader.file, reader.encoding, { bomLength, size, target });
  if (offset === null) return null;

  const database = path.join(tmpdir(), `ficha-import-${randomBytes(6).toString('hex')}.db`);
  const job: TailJob = {
    file: reader.file,
    format: reader.format,
    encoding: reader.encoding,
    delimiter: reader.delimiter,
    settings: reader.partSettings(offset),
    sheet: table.sheet.name,
    layout: table.layout,
    columns: table.columns.map(({ convert: _convert, ...column }) => column),
    headerWidth: table.headerWidth,
    database,
  };
  const tail = startTailWorker(job, work.progress);
  if (!tail) return null;

  let joined = false;
  const aborted = new Promise<null>((resolve) => {
    if (work.signal.aborted) resolve(null);
    work.signal.addEventListener('abort', () => resolve(null), { once: true });
  });
  reader.pauseAt(offset, async (atRecordStart, recordsRead) => {
    if (!atRecordStart || !work.assembler.atCleanBoundary()) {
      void tail.stop();
      return false;
    }
    // The rest of the original bytes are stored while the other thread
    // finishes; if its part cannot be joined, the rows are read on here
    // without storing those bytes again.
    reader.untapBytes();
    await work.storeRest(offset);
    const result = await Promise.race([tail.done, aborted]);
    if (!result || work.signal.aborted) return false;
    work.writer.appendFrom(database, tailTable, result.part.rowsStored);
    work.assembler.absorb(result.part, recordsRead);
    joined = true;
    return result.read;
  });

  return {
    offset,
    get joined() {
      return joined;
    },
    async close() {
      await tail.stop();
      rmSync(database, { force: true });
    },
  };
}
