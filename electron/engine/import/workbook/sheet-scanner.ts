import type { ImportWarning } from '../../../../shared/table';
import { FichaError } from '../../../../shared/errors';
import type { MergeRange, RawCell } from '../source';
import { cellTooLarge, formulaErrorWarning } from './cell-problems';
import { isDateSerial, serialToIso, type DateKind } from './excel-dates';
import {
  attribute,
  columnLetters,
  columnNumber,
  decodeExcelEscapes,
  decodeXml,
  joinTextRuns,
  parseRangeRef,
} from './xml-text';

/** What the scanner needs to turn cells into values. */
export interface ScanContext {
  file: string;
  sheet: string;
  strings: readonly string[];
  dateStyles: readonly DateKind[];
  date1904: boolean;
  maxCellChars: number;
  warn(warning: ImportWarning): void;
}

/** A row as found in the sheet XML; `cells[0]` is column A. */
export interface ScannedRow {
  row: number;
  cells: RawCell[];
}

const enum State {
  BeforeData,
  InData,
  AfterData,
}

/**
 * A streaming scanner of one worksheet's XML: feed it decoded text in chunks
 * of any size with `push`, take the rows it completed with `drain`, and call
 * `finish` at the end. It searches for the few tags that matter (<row>, <c>,
 * <v>, <is>, <dimension>, <mergeCell>) instead of building a document, so
 * memory holds at most one unfinished row. In skim mode it only follows row
 * numbers, to find a large sheet's extent and merges cheaply.
 */
export class SheetScanner {
  merges: MergeRange[] = [];
  dimension: string | null = null;
  /** Last row and column holding a value (skim mode: last row element seen). */
  lastRow = 0;
  lastColumn = 0;
  skim = false;

  private buffer = '';
  private state = State.BeforeData;
  private nextRow = 1;
  private completed: ScannedRow[] = [];

  constructor(private readonly context: ScanContext) {}

  /** Adds text and scans every row it completes. */
  push(text: string): void {
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    this.scan();
  }

  /** Takes the rows completed so far. */
  drain(): ScannedRow[] {
    const rows = this.completed;
    this.completed = [];
    return rows;
  }

  /** Checks that the sheet ended where XML says it should. */
  finish(): void {
    this.scan();
    if (this.state === State.BeforeData) throw this.corrupt('no sheet data');
    if (this.state === State.InData) throw this.corrupt('the sheet ends in the middle of its data');
  }

  private scan(): void {
    let at = 0;
    const text = this.buffer;
    for (;;) {
      if (this.state === State.BeforeData) {
        const dimension = text.indexOf('<dimension', at);
        const data = text.indexOf('<sheetData', at);
        if (dimension >= 0 && (data < 0 || dimension < data)) {
          const end = text.indexOf('>', dimension);
          if (end < 0) break;
          this.dimension = attribute(text.slice(dimension, end + 1), 'ref');
        }
        if (data < 0) {
          at = Math.max(at, text.length - 16);
          break;
        }
        const end = text.indexOf('>', data);
        if (end < 0) {
          at = data;
          break;
        }
        this.state = text.charCodeAt(end - 1) === 47 ? State.AfterData : State.InData;
        at = end + 1;
        continue;
      }

      if (this.state === State.InData) {
        const next = this.skim ? this.skimRows(text, at) : this.scanRows(text, at);
        at = next.at;
        if (next.done) {
          this.state = State.AfterData;
          continue;
        }
        break;
      }

      at = this.scanMerges(text, at);
      break;
    }
    this.buffer = at >= text.length ? '' : text.slice(at);
    this.guardRowSize();
  }

  /** Parses complete rows from `at`; stops at an unfinished row or at </sheetData>. */
  private scanRows(text: string, from: number): { at: number; done: boolean } {
    let at = from;
    for (;;) {
      // <row> elements only occur inside sheetData, so the end tag is looked
      // for only when no row follows (searching it per row is quadratic).
      const open = text.indexOf('<row', at);
      const after = open >= 0 ? text.charCodeAt(open + 4) : 0;
      if (open < 0 || (after !== 32 && after !== 62 && after !== 47)) {
        const end = text.indexOf('</sheetData', at);
        if (end >= 0) return { at: end, done: true };
        return { at: Math.max(at, text.length - 16), done: false };
      }

      const tagEnd = text.indexOf('>', open);
      if (tagEnd < 0) return { at: open, done: false };
      const empty = text.charCodeAt(tagEnd - 1) === 47;
      const close = empty ? tagEnd : text.indexOf('</row>', tagEnd);
      if (close < 0) return { at: open, done: false };

      const rowAttr = attribute(text.slice(open, tagEnd + 1), 'r');
      const row = rowAttr ? parseInt(rowAttr, 10) : this.nextRow;
      this.nextRow = Math.max(this.nextRow, row) + 1;
      const cells = empty ? [] : this.parseCells(text, tagEnd + 1, close, row);
      this.completed.push({ row, cells });
      at = empty ? tagEnd + 1 : close + 6;
    }
  }

  /** Follows row numbers only, up to </sheetData>. */
  private skimRows(text: string, from: number): { at: number; done: boolean } {
    const end = text.indexOf('</sheetData', from);
    const limit = end >= 0 ? end : text.length;
    const last = text.lastIndexOf('<row ', limit);
    if (last >= from) {
      const tagEnd = text.indexOf('>', last);
      const rowAttr = tagEnd >= 0 ? attribute(text.slice(last, tagEnd + 1), 'r') : null;
      if (rowAttr) this.lastRow = Math.max(this.lastRow, parseInt(rowAttr, 10));
    }
    if (end >= 0) return { at: end, done: true };
    return { at: Math.max(from, text.length - 64), done: false };
  }

  private parseCells(text: string, from: number, to: number, row: number): RawCell[] {
    const cells: RawCell[] = [];
    let column = 0;
    let at = text.indexOf('<c', from);
    while (at >= 0 && at < to) {
      const next = text.charCodeAt(at + 2);
      if (next !== 32 && next !== 62 && next !== 47) {
        at = text.indexOf('<c', at + 2);
        continue;
      }
      const tagEnd = text.indexOf('>', at);
      const tag = text.slice(at, tagEnd + 1);
      const ref = attribute(tag, 'r');
      column = ref ? columnNumber(ref) : column + 1;
      if (text.charCodeAt(tagEnd - 1) === 47) {
        at = text.indexOf('<c', tagEnd);
        continue;
      }

      const close = text.indexOf('</c>', tagEnd);
      const value = this.cellValue(text, tag, tagEnd + 1, close, row, column);
      if (value !== null && value !== '') {
        while (cells.length < column - 1) cells.push(null);
        cells[column - 1] = value;
        if (row > this.lastRow) this.lastRow = row;
        if (column > this.lastColumn) this.lastColumn = column;
      }
      at = text.indexOf('<c', close + 4);
    }
    return cells;
  }

  private cellValue(
    text: string,
    tag: string,
    from: number,
    to: number,
    row: number,
    column: number,
  ): RawCell {
    const type = attribute(tag, 't') ?? 'n';
    if (type === 'inlineStr') return this.checkSize(joinTextRuns(text, from, to), row, column);

    const open = text.indexOf('<v', from);
    if (open < 0 || open >= to) return null;
    const start = text.indexOf('>', open) + 1;
    const end = text.indexOf('</v>', start);
    if (end < 0 || end > to) return null;
    const raw = text.slice(start, end);

    switch (type) {
      case 's': {
        const shared = this.context.strings[parseInt(raw, 10)];
        return shared === undefined ? null : this.checkSize(shared, row, column);
      }
      case 'str':
        return this.checkSize(decodeExcelEscapes(decodeXml(raw)), row, column);
      case 'b':
        return raw === '1' || raw === 'true';
      case 'e':
        this.warnError(decodeXml(raw), row, column);
        return null;
      case 'd':
        return this.isoDate(raw, tag);
      default:
        return this.number(raw, tag, row, column);
    }
  }

  private number(raw: string, tag: string, row: number, column: number): RawCell {
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value)) {
      return raw === '' ? null : this.checkSize(decodeXml(raw), row, column);
    }
    const style = attribute(tag, 's');
    if (style === null) return value;
    const kind = this.context.dateStyles[parseInt(style, 10)];
    if (kind === undefined || kind === 'none' || !isDateSerial(value)) return value;
    return { date: serialToIso(value, kind, this.context.date1904) };
  }

  private isoDate(raw: string, tag: string): RawCell {
    const style = attribute(tag, 's');
    const kind = style === null ? 'datetime' : this.context.dateStyles[parseInt(style, 10)];
    const iso = raw.replace(/Z$/, '').replace(/\.\d+$/, '');
    return { date: kind === 'date' ? iso.slice(0, 10) : iso };
  }

  private checkSize(value: string, row: number, column: number): string {
    if (value.length > this.context.maxCellChars)
      throw this.tooLarge(row, columnLetters(column), value.length);
    return value;
  }

  private warnError(code: string, row: number, column: number): void {
    this.context.warn(formulaErrorWarning(this.context.sheet, row, column, code));
  }

  private scanMerges(text: string, from: number): number {
    let at = text.indexOf('<mergeCell ', from);
    let last = from;
    while (at >= 0) {
      const end = text.indexOf('>', at);
      if (end < 0) return at;
      const ref = attribute(text.slice(at, end + 1), 'ref');
      const range = ref ? parseRangeRef(ref) : null;
      if (range) this.merges.push(range);
      last = end + 1;
      at = text.indexOf('<mergeCell ', last);
    }
    return Math.max(last, text.length - 16);
  }

  /** An unfinished row that keeps growing is a cell of megabytes (or junk). */
  private guardRowSize(): void {
    if (this.buffer.length <= this.context.maxCellChars * 2 + 1024 ** 2) return;
    const lastCell = this.buffer.lastIndexOf('<c ');
    const tagEnd = lastCell >= 0 ? this.buffer.indexOf('>', lastCell) : -1;
    const ref = tagEnd >= 0 ? attribute(this.buffer.slice(lastCell, tagEnd + 1), 'r') : null;
    const column = ref ? columnLetters(columnNumber(ref)) : '?';
    throw this.tooLarge(this.nextRow, column, this.buffer.length);
  }

  private tooLarge(row: number, column: string, size: number): FichaError {
    const { file, sheet, maxCellChars } = this.context;
    return cellTooLarge(file, sheet, row, column, size, maxCellChars);
  }

  private corrupt(reason: string): FichaError {
    return new FichaError('WORKBOOK_CORRUPT', {
      file: this.context.file,
      sheet: this.context.sheet,
      reason: `sheet ${this.context.sheet}: ${reason}`,
    });
  }
}
