import type { Encoding, SheetSummary, SourceFormat } from '../../../shared/import';
import type { ImportWarning } from '../../../shared/table';

/** A date or datetime cell of a workbook, already in ISO 8601. */
export interface DateCell {
  date: string;
}

/**
 * A cell as a reader hands it over: text sources give strings (or null for
 * empty); workbooks give typed values, with formulas as their cached value
 * and date-formatted numbers as DateCell.
 */
export type RawCell = string | number | boolean | DateCell | null;

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

/** Consecutive rows of a sheet; `startRow` is the 1-based row of rows[0]. */
export interface RowBatch {
  startRow: number;
  rows: RawCell[][];
}

/** How far a reader has got, for progress reports. */
export interface ReadProgress {
  done: number;
  total: number | null;
  unit: 'bytes' | 'rows';
}

/**
 * A source file opened for reading, text or workbook. Readers stream: they
 * never hold a whole large sheet in memory, so the import pipeline can keep
 * memory flat. They throw FichaError for what cannot be read at all and
 * collect warnings for what they read around.
 */
export interface SheetReader {
  readonly file: string;
  readonly format: SourceFormat;
  /** Detected (or overridden) encoding and delimiter; null for workbooks. */
  readonly encoding: Encoding | null;
  readonly delimiter: string | null;
  sheets(): SheetSummary[];
  merges(sheet: string): MergeRange[];
  /** Streams the sheet's rows in batches, in order, blank rows included. */
  rows(
    sheet: string,
    signal: AbortSignal,
    onProgress?: (p: ReadProgress) => void,
  ): AsyncIterable<RowBatch>;
  /**
   * Hands the file's bytes to `sink` as the rows are read (all of them once
   * the rows are exhausted); false when the reader cannot, and the caller
   * reads the file for them itself.
   */
  tapBytes?(sink: (bytes: Uint8Array) => void): boolean;
  /** Problems read around so far (formula errors in cells), with sheet, row and column. */
  warnings?(): ImportWarning[];
  close(): Promise<void>;
}
