import { StringDecoder } from 'node:string_decoder';
import type { SheetSummary, SourceFormat } from '../../../../shared/import';
import { FichaError } from '../../../../shared/errors';
import type { ImportWarning } from '../../../../shared/table';
import type { Logger } from '../../logger';
import { settleRoles, sheetRole } from '../embedded/sheet-role';
import type { MergeRange, RawCell, ReadProgress, RowBatch, SheetReader } from '../source';
import type { DateKind } from './excel-dates';
import type { WorkbookLimits } from './limits';
import { RowSkimmer } from './row-skimmer';
import { SheetScanner, type ScanContext } from './sheet-scanner';
import {
  readDateStyles,
  readSharedStrings,
  readWorkbookInfo,
  type WorkbookSheet,
} from './workbook-parts';
import { columnLetters, parseRangeRef } from './xml-text';
import type { ZipArchive } from './zip-archive';

// Rows kept from each sheet when opening, to guess its role.
const headRows = 30;
// Rows per batch handed to the pipeline.
const batchRows = 1_000;
// Progress is reported at most this often, in inflated bytes.
const progressStep = 4 * 1024 ** 2;

interface SheetState {
  entry: WorkbookSheet;
  summary: SheetSummary;
  merges: MergeRange[];
}

/**
 * A streaming reader of XLSX and XLSM. Opening reads the workbook's small
 * parts (sheet list, styles, shared strings) and makes one pass over each
 * sheet for its used range and merged cells, which Excel writes after the
 * data: small sheets are parsed whole, larger ones skimmed (row numbers and
 * merges only, after parsing their first rows). `rows` then streams a sheet
 * again, holding one batch of rows at a time.
 */
export class XlsxReader implements SheetReader {
  readonly encoding = null;
  readonly delimiter = null;
  private readonly collected: ImportWarning[] = [];

  private constructor(
    readonly file: string,
    readonly format: SourceFormat,
    private readonly archive: ZipArchive,
    private readonly strings: string[],
    private readonly dateStyles: DateKind[],
    private readonly date1904: boolean,
    private readonly limits: WorkbookLimits,
    private readonly states: SheetState[],
  ) {}

  /** Opens an XLSX/XLSM already checked by the zip layer. */
  static async open(
    archive: ZipArchive,
    format: SourceFormat,
    limits: WorkbookLimits,
    logger: Logger,
  ): Promise<XlsxReader> {
    const started = Date.now();
    const info = await readWorkbookInfo(archive);
    const dateStyles = await readDateStyles(archive);
    const strings = await readSharedStrings(archive, limits.maxCellChars);

    const reader = new XlsxReader(
      archive.file,
      format,
      archive,
      strings,
      dateStyles,
      info.date1904,
      limits,
      [],
    );
    for (const [index, entry] of info.sheets.entries()) {
      const { state } = await reader.survey(entry, index + 1);
      reader.states.push(state);
    }
    const roles = settleRoles(reader.states.map((state) => state.summary));
    reader.states.forEach((state, index) => (state.summary.role = roles[index]));

    logger.info(
      `[import] opened workbook with ${info.sheets.length} sheets in ${Date.now() - started} ms`,
    );
    return reader;
  }

  sheets(): SheetSummary[] {
    return this.states.map((state) => ({ ...state.summary }));
  }

  merges(sheet: string): MergeRange[] {
    return this.find(sheet).merges.map((merge) => ({ ...merge }));
  }

  /** Problems read around so far (formula errors), with sheet, row and column. */
  warnings(): ImportWarning[] {
    return [...this.collected];
  }

  async *rows(
    sheet: string,
    signal: AbortSignal,
    onProgress?: (p: ReadProgress) => void,
  ): AsyncIterable<RowBatch> {
    const state = this.find(sheet);
    if (state.summary.rows === 0 || !state.entry.part) {
      throw new FichaError('SHEET_EMPTY', { file: this.file, sheet });
    }

    const part = state.entry.part;
    const total = this.archive.info(part)?.uncompressedSize ?? null;
    const scanner = new SheetScanner(this.scanContext(sheet, true));
    let batch: RawCell[][] = [];
    let batchStart = 1;
    let nextRow = 1;
    let done = 0;
    let reported = 0;

    // Rows come in order; gaps are filled with blank rows so that row numbers
    // hold, and blank rows at the end of the sheet are never sent.
    const place = function* (rows: { row: number; cells: RawCell[] }[]): Generator<RowBatch> {
      for (const { row, cells } of rows) {
        if (cells.length === 0) continue;
        const at = Math.max(row, nextRow);
        for (; nextRow < at; nextRow++) {
          batch.push([]);
          if (batch.length >= batchRows) yield flush();
        }
        batch.push(cells);
        nextRow = at + 1;
        if (batch.length >= batchRows) yield flush();
      }
    };
    const flush = (): RowBatch => {
      const out = { startRow: batchStart, rows: batch };
      batchStart += batch.length;
      batch = [];
      return out;
    };

    for await (const chunk of this.archive.text(part, signal)) {
      scanner.push(chunk);
      yield* place(scanner.drain());
      done += chunk.length;
      if (onProgress && done - reported >= progressStep) {
        reported = done;
        onProgress({ done, total, unit: 'bytes' });
      }
    }
    scanner.finish();
    yield* place(scanner.drain());
    if (batch.length > 0) yield flush();
    onProgress?.({ done: total ?? done, total, unit: 'bytes' });
  }

  async close(): Promise<void> {
    this.archive.close();
  }

  private find(sheet: string): SheetState {
    const state = this.states.find((candidate) => candidate.entry.name === sheet);
    if (!state) {
      const sheets = this.states.map((candidate) => candidate.entry.name).join(', ');
      throw new FichaError('SHEET_NOT_FOUND', { file: this.file, sheet, sheets });
    }
    return state;
  }

  private scanContext(sheet: string, collect: boolean): ScanContext {
    return {
      file: this.file,
      sheet,
      strings: this.strings,
      dateStyles: this.dateStyles,
      date1904: this.date1904,
      maxCellChars: this.limits.maxCellChars,
      warn: (warning) => {
        if (collect && this.collected.length < 200) this.collected.push(warning);
      },
    };
  }

  /** One pass over a sheet: used range, declared range, merges and first rows. */
  private async survey(
    entry: WorkbookSheet,
    index: number,
  ): Promise<{ state: SheetState; head: RawCell[][] }> {
    const summary: SheetSummary = { name: entry.name, index, rows: 0, columns: 0, role: 'other' };
    const head: RawCell[][] = [];
    if (!entry.part) return { state: { entry, summary, merges: [] }, head };

    const size = this.archive.info(entry.part)?.uncompressedSize ?? 0;
    const scanner = new SheetScanner(this.scanContext(entry.name, false));
    const skimmer = new RowSkimmer();
    const decoder = new StringDecoder('utf8');
    for await (const bytes of this.archive.bytes(entry.part)) {
      // A large sheet is parsed only until its first rows are known; the rest
      // of its data is skimmed as bytes, and what follows it parsed again.
      if (scanner.skim && !skimmer.done) {
        const rest = skimmer.push(bytes);
        if (rest) scanner.push(rest);
        continue;
      }
      scanner.push(decoder.write(bytes));
      for (const { row, cells } of scanner.drain()) {
        if (row <= headRows) head[row - 1] = cells;
      }
      if (size > this.limits.fullScanBytes && head.length >= headRows) scanner.skim = true;
    }
    if (!skimmer.done) scanner.push(decoder.end());
    scanner.lastRow = Math.max(scanner.lastRow, skimmer.lastRow);
    scanner.finish();
    for (let row = 0; row < head.length; row++) head[row] ??= [];

    summary.rows = scanner.lastRow;
    summary.columns = scanner.skim ? skimmedColumns(scanner, head) : scanner.lastColumn;
    // Hidden sheets hold lookups and helpers, not the table to publish.
    const role = sheetRole(entry.name, head);
    summary.role = entry.hidden && role === 'data' ? 'other' : role;
    const used =
      summary.rows > 0 ? `A1:${columnLetters(Math.max(1, summary.columns))}${summary.rows}` : '';
    if (scanner.dimension && scanner.dimension !== used && scanner.dimension !== 'A1') {
      summary.declaredRange = scanner.dimension;
    }
    return { state: { entry, summary, merges: scanner.merges }, head };
  }
}

/** Columns of a skimmed sheet: the declared ones when the declared rows match, else the head's. */
function skimmedColumns(scanner: SheetScanner, head: RawCell[][]): number {
  const fromHead = Math.max(0, ...head.map((row) => row.length));
  const declared = scanner.dimension ? parseRangeRef(scanner.dimension) : null;
  if (declared && declared.endRow === scanner.lastRow)
    return Math.max(fromHead, declared.endColumn);
  return fromHead;
}
