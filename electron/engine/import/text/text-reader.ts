import { open } from 'node:fs/promises';
import path from 'node:path';
import { FichaError } from '../../../../shared/errors';
import type { Encoding, SheetSummary, SourceFormat } from '../../../../shared/import';
import type { ImportWarning } from '../../../../shared/table';
import type { MergeRange, ReadProgress, RowBatch, SheetReader } from '../source';
import { importWarning } from '../warnings';
import { CsvParser } from './csv-parser';
import { detectDelimiter } from './detect-delimiter';
import { detectEncoding, detectionPrefixBytes, looksBinary } from './detect-encoding';
import { createTextDecoder } from './text-decoder';
import type { InvalidUtf8 } from './text-decoder';

/** Choices that override what the text reader detects. */
export interface TextReaderOptions {
  encoding?: Encoding;
  delimiter?: string;
  /** Longest cell in characters; 1 M by default. */
  maxCellLength?: number;
  /** Bytes read at a time; 1 MB by default. */
  chunkSize?: number;
  /**
   * Hold the file's bytes as they are read until `tapBytes` takes them, so
   * that an import stores and hashes the original in the same single read.
   */
  keepBytes?: boolean;
}

const defaultMaxCell = 1024 * 1024;
const defaultChunk = 1024 * 1024;

/**
 * Opens a delimited text file (CSV, TSV, TXT) as a reader with one sheet
 * named after the file. Encoding and delimiter are detected from the first
 * megabyte unless given; binary files are refused before any parsing.
 */
export async function openTextReader(
  file: string,
  format: SourceFormat,
  options: TextReaderOptions = {},
): Promise<TextReader> {
  const { prefix, size } = await readPrefix(file);
  if (size === 0) throw new FichaError('FILE_EMPTY', { file: path.basename(file) });

  const detected = detectEncoding(prefix, prefix.length >= size);
  const encoding = options.encoding ?? detected.encoding;
  const bomLength = encoding === detected.encoding ? detected.bomLength : 0;
  if (looksBinary(prefix, encoding)) {
    throw new FichaError('BINARY_FILE', { file: path.basename(file) });
  }

  const decoder = createTextDecoder(encoding, false);
  const head = decoder.write(prefix.subarray(bomLength, Math.min(prefix.length, 256 * 1024)));
  const delimiter = options.delimiter ?? detectDelimiter(head, format === 'tsv' ? '\t' : undefined);

  return new TextReader(file, format, encoding, delimiter, {
    bomLength,
    bom: Buffer.from(prefix.subarray(0, bomLength)),
    keepBytes: options.keepBytes ?? false,
    size,
    lenient: options.encoding === undefined && encoding === 'utf-8',
    maxCellLength: options.maxCellLength ?? defaultMaxCell,
    chunkSize: options.chunkSize ?? defaultChunk,
  });
}

async function readPrefix(file: string): Promise<{ prefix: Buffer; size: number }> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FichaError('FILE_NOT_FOUND', { file });
    throw new FichaError('FILE_UNREADABLE', { file, reason: code ?? 'unknown' });
  }
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, detectionPrefixBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { prefix: buffer.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

/** What another reader read past a pause offset (see TextReader.pauseAt). */
export interface ReadElsewhere {
  rows: number;
  columns: number;
  invalidUtf8: InvalidUtf8 | null;
}

/** How a text reader reads its file; `start` (after the BOM by default) lets it begin partway. */
export interface TextSettings {
  bomLength: number;
  start?: number;
  bom: Buffer;
  keepBytes: boolean;
  size: number;
  lenient: boolean;
  maxCellLength: number;
  chunkSize: number;
}

/** A delimited text file read as one sheet, streamed in batches of records. */
export class TextReader implements SheetReader {
  private readonly sheetName: string;
  private readonly collected: ImportWarning[] = [];
  private rowCount = 0;
  private columnCount = 0;
  /** Bytes read before `tapBytes` was called (only with keepBytes). */
  private heldBytes: Buffer[] = [];
  private bytesSink: ((bytes: Uint8Array) => void) | null = null;
  private pause: {
    offset: number;
    decide: (atRecordStart: boolean, recordsRead: number) => Promise<ReadElsewhere | false>;
  } | null = null;

  constructor(
    readonly file: string,
    readonly format: SourceFormat,
    readonly encoding: Encoding,
    readonly delimiter: string,
    private readonly settings: TextSettings,
  ) {
    this.sheetName = path.basename(file, path.extname(file));
  }

  /** One sheet; its size is known once the rows have been read. */
  sheets(): SheetSummary[] {
    return [
      {
        name: this.sheetName,
        index: 1,
        rows: this.rowCount,
        columns: this.columnCount,
        role: 'data',
      },
    ];
  }

  merges(): MergeRange[] {
    return [];
  }

  /** Problems read around so far (bytes that were not UTF-8). */
  warnings(): ImportWarning[] {
    return [...this.collected];
  }

  /**
   * Hands every byte of the file, BOM included and in order, to `sink`:
   * those read so far at once, the rest as `rows` reads them. Only for a
   * reader opened with keepBytes; returns false otherwise.
   */
  tapBytes(sink: (bytes: Uint8Array) => void): boolean {
    if (!this.settings.keepBytes) return false;
    this.bytesSink = sink;
    const held = this.heldBytes;
    this.heldBytes = [];
    for (const bytes of held) sink(bytes);
    return true;
  }

  /** Stops handing bytes to the sink: the caller has stored the rest of the file itself. */
  untapBytes(): void {
    this.bytesSink = () => {};
  }

  /** Bytes that were not UTF-8 in what `rows` read (for a part read elsewhere). */
  invalidUtf8: InvalidUtf8 | null = null;

  /** Settings that read the same file from `start` on, for a later part read elsewhere. */
  partSettings(start: number): TextSettings {
    return { ...this.settings, start, keepBytes: false, bom: Buffer.alloc(0) };
  }

  /** Rows and widest row read so far. */
  counts(): { rows: number; columns: number } {
    return { rows: this.rowCount, columns: this.columnCount };
  }

  /**
   * Makes `rows` stop partway: once the bytes before `offset` have been
   * read and their rows handed over, `decide` is told whether the text
   * read ends exactly at the end of a record, and how many records it held. If it returns what was read
   * past `offset` elsewhere (rows, widths and stray bytes, for the sheet
   * summary and warnings), the rows end there; if it returns false, they
   * go on to the end of the file as if nothing happened.
   */
  pauseAt(
    offset: number,
    decide: (atRecordStart: boolean, recordsRead: number) => Promise<ReadElsewhere | false>,
  ): void {
    this.pause = { offset, decide };
  }

  async *rows(
    _sheet: string,
    signal: AbortSignal,
    onProgress?: (p: ReadProgress) => void,
  ): AsyncIterable<RowBatch> {
    const { bomLength, size, lenient, maxCellLength, chunkSize } = this.settings;
    const start = this.settings.start ?? bomLength;
    const decoder = createTextDecoder(this.encoding, lenient, start - bomLength);
    const parser = new CsvParser({
      delimiter: this.delimiter,
      file: path.basename(this.file),
      maxCellLength,
    });
    const handle = await open(this.file, 'r');
    let position = start;
    let nextRow = 1;
    let elsewhere: ReadElsewhere | null = null;

    const batch = (rows: (string | null)[][]): RowBatch => {
      const startRow = nextRow;
      nextRow += rows.length;
      this.count(rows);
      return { startRow, rows };
    };

    if (start === bomLength && bomLength > 0) this.passBytes(this.settings.bom);
    try {
      for (;;) {
        if (signal.aborted) throw new FichaError('CANCELLED');
        // Reads stop at the pause offset, so the parser sees exactly the bytes before it.
        const pause = this.pause && this.pause.offset > position ? this.pause.offset : Infinity;
        const length = Math.min(chunkSize, pause - position);
        const chunk = Buffer.allocUnsafe(length);
        const { bytesRead } = await handle.read(chunk, 0, length, position);
        if (bytesRead === 0) break;
        const bytes = bytesRead < length ? chunk.subarray(0, bytesRead) : chunk;
        this.passBytes(bytes);
        position += bytesRead;
        const rows = parser.push(decoder.write(bytes));
        onProgress?.({ done: position, total: size, unit: 'bytes' });
        if (rows.length > 0) yield batch(rows);

        if (position === pause && this.pause) {
          const decide = this.pause.decide;
          this.pause = null;
          const stop = await decide(parser.atRecordStart, nextRow - 1);
          if (stop) {
            elsewhere = stop;
            break;
          }
        }
      }
      if (!elsewhere) {
        const rows = [...parser.push(decoder.end()), ...parser.finish()];
        if (rows.length > 0) yield batch(rows);
      }
    } finally {
      await handle.close();
    }

    if (elsewhere) this.absorb(elsewhere);
    this.invalidUtf8 = combineInvalid(decoder.invalidUtf8, elsewhere?.invalidUtf8 ?? null);
    this.noteInvalidUtf8(this.invalidUtf8);
  }

  async close(): Promise<void> {
    this.heldBytes = [];
  }

  private passBytes(bytes: Buffer): void {
    if (this.bytesSink) this.bytesSink(bytes);
    else if (this.settings.keepBytes) this.heldBytes.push(bytes);
  }

  private absorb(elsewhere: ReadElsewhere): void {
    this.rowCount += elsewhere.rows;
    this.columnCount = Math.max(this.columnCount, elsewhere.columns);
  }

  private count(rows: (string | null)[][]): void {
    this.rowCount += rows.length;
    for (const row of rows) {
      if (row.length > this.columnCount) this.columnCount = row.length;
    }
  }

  private noteInvalidUtf8(invalid: InvalidUtf8 | null): void {
    if (!invalid) return;
    this.collected.push(
      importWarning(
        'ENCODING_MIXED',
        { offset: invalid.firstOffset, count: invalid.count },
        { sheet: this.sheetName },
      ),
    );
  }
}

/** Stray bytes of two consecutive parts of a file as one report. */
function combineInvalid(first: InvalidUtf8 | null, second: InvalidUtf8 | null): InvalidUtf8 | null {
  if (!first || !second) return first ?? second;
  return { firstOffset: first.firstOffset, count: first.count + second.count };
}
