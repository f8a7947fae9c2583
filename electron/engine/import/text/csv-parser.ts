import { FichaError } from '../../../../shared/errors';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Limits and names the parser needs to report problems. */
export interface CsvParserOptions {
  delimiter: string;
  /** File name used in error messages. */
  file: string;
  /** Longest cell, in characters, before CELL_TOO_LARGE. */
  maxCellLength: number;
}

/** A parsed record: strings, null for empty fields. */
export type CsvRow = (string | null)[];

/**
 * A streaming RFC 4180 parser over decoded text. Feed it chunks with
 * `push`, which returns the records completed so far, then `finish`. It is
 * lenient where files in the wild are (a quote inside an unquoted field is
 * text, text after a closing quote is kept, CR, LF and CRLF all end lines)
 * and strict where data would be lost: a quote that never closes, or a
 * cell past the size limit, stops the import naming the row.
 *
 * Rows are numbered as records (a quoted cell spanning lines is one row),
 * 1-based, as a spreadsheet would show them.
 */
export class CsvParser {
  private readonly delimiter: number;
  private readonly options: CsvParserOptions;
  private carry = '';
  private skipLeadingLf = false;
  private rowNumber = 0;

  constructor(options: CsvParserOptions) {
    if (options.delimiter.length !== 1) {
      throw new FichaError('OPTION_INVALID', {
        option: 'delimiter',
        reason: 'use one character',
      });
    }
    this.delimiter = options.delimiter.charCodeAt(0);
    this.options = options;
  }

  /** Number of the last record returned. */
  get rowsRead(): number {
    return this.rowNumber;
  }

  /**
   * True when the text pushed so far ends exactly at the end of a record
   * (after its line break, outside any quotes): what follows starts a record.
   */
  get atRecordStart(): boolean {
    return this.carry.length === 0 && !this.skipLeadingLf;
  }

  /** Parses a chunk of text and returns the records it completed. */
  push(chunk: string): CsvRow[] {
    let text = this.carry.length > 0 ? this.carry + chunk : chunk;
    if (this.skipLeadingLf && text.length > 0) {
      if (text.charCodeAt(0) === LF) text = text.slice(1);
      this.skipLeadingLf = false;
    }
    return this.parse(text, false);
  }

  /** Parses what is left at the end of the file. */
  finish(): CsvRow[] {
    const text = this.carry;
    this.carry = '';
    return text.length > 0 ? this.parse(text, true) : [];
  }

  private parse(text: string, final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    const length = text.length;
    const delimiter = this.delimiter;
    let recordStart = 0;
    let i = 0;
    let row: CsvRow = [];

    // Positions of the next delimiter and line breaks, found with indexOf
    // (native scanning) and refreshed only once passed.
    const delimiterChar = this.options.delimiter;
    let nextDelimiter = -1;
    let nextLf = -1;
    let nextCr = text.indexOf('\r') === -1 ? Infinity : -1;

    // Each pass of the outer loop reads one field starting at i.
    while (i < length) {
      let field: string;
      let c = text.charCodeAt(i);

      if (c === QUOTE) {
        const quoted = this.readQuoted(text, i, final, rows.length);
        if (quoted === null) break;
        field = quoted.value;
        i = quoted.end;
        c = i < length ? text.charCodeAt(i) : -1;
      } else {
        const start = i;
        if (nextDelimiter < i) nextDelimiter = positionOf(text, delimiterChar, i);
        if (nextLf < i) nextLf = positionOf(text, '\n', i);
        if (nextCr < i) nextCr = positionOf(text, '\r', i);
        i = Math.min(nextDelimiter, nextLf, nextCr, length);
        c = i < length ? text.charCodeAt(i) : -1;
        if (i === length) {
          if (!final) break;
          c = -1;
        }
        field = text.slice(start, i);
      }

      if (field.length > this.options.maxCellLength) {
        this.tooLarge(this.rowNumber + rows.length + 1, row.length + 1, field.length);
      }
      row.push(field.length === 0 ? null : field);

      if (c === delimiter) {
        i++;
        if (i === length && final) {
          row.push(null);
        } else if (i === length) {
          break;
        }
        continue;
      }

      // End of record: a line break or the end of the file.
      if (c === CR) {
        i++;
        if (i < length && text.charCodeAt(i) === LF) i++;
        else if (i === length && !final) this.skipLeadingLf = true;
      } else if (c === LF) {
        i++;
      }
      rows.push(row.length === 1 && row[0] === null ? [] : row);
      row = [];
      recordStart = i;
    }

    this.carry = recordStart < length ? text.slice(recordStart) : '';
    this.checkCarry(rows.length);
    this.rowNumber += rows.length;
    return rows;
  }

  /**
   * Reads a quoted field opening at `start`; returns null when the chunk
   * ends before it does (the caller waits for more text).
   */
  private readQuoted(
    text: string,
    start: number,
    final: boolean,
    rowsBefore: number,
  ): { value: string; end: number } | null {
    const length = text.length;
    let value = '';
    let from = start + 1;

    for (;;) {
      const close = text.indexOf('"', from);
      if (close === -1 || (close === length - 1 && !final)) {
        if (final) this.unbalanced(rowsBefore);
        return null;
      }
      if (close + 1 < length && text.charCodeAt(close + 1) === QUOTE) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      value += text.slice(from, close);
      let end = close + 1;

      // Text between the closing quote and the delimiter is kept, as
      // spreadsheets do, rather than dropped.
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === this.delimiter || c === LF || c === CR) break;
        end++;
      }
      if (end === length && !final) return null;
      if (end > close + 1) value += text.slice(close + 1, end);
      return { value, end };
    }
  }

  /** Stops when the unfinished record outgrows the cell limit. */
  private checkCarry(rowsBefore: number): void {
    if (this.carry.length <= this.options.maxCellLength) return;

    const row = this.rowNumber + rowsBefore + 1;
    if (this.carry.charCodeAt(0) === QUOTE && countLines(this.carry, 1000) >= 1000) {
      throw new FichaError('CSV_UNBALANCED_QUOTES', { file: this.options.file, row });
    }
    const column = countFields(this.carry, this.delimiter);
    this.tooLarge(row, column, this.carry.length);
  }

  private unbalanced(rowsBefore: number): never {
    const row = this.rowNumber + rowsBefore + 1;
    throw new FichaError('CSV_UNBALANCED_QUOTES', { file: this.options.file, row });
  }

  private tooLarge(row: number, column: number, size: number): never {
    throw new FichaError('CELL_TOO_LARGE', {
      file: this.options.file,
      row,
      column: String(column),
      size: formatSize(size),
      limit: formatSize(this.options.maxCellLength),
    });
  }
}

/** Like indexOf, with Infinity for "not found" so Math.min can pick the nearest. */
function positionOf(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? Infinity : at;
}

function countLines(text: string, stopAt: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && lines < stopAt; i = text.indexOf('\n', i + 1)) {
    lines++;
  }
  return lines;
}

/** The 1-based field a record's text is in at its end, quotes honoured. */
function countFields(text: string, delimiter: number): number {
  let fields = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === delimiter && !inQuotes) fields++;
  }
  return fields;
}

/** Sizes in characters, as people read them. */
export function formatSize(characters: number): string {
  if (characters >= 1024 * 1024) return `${(characters / (1024 * 1024)).toFixed(1)} M characters`;
  if (characters >= 1024) return `${Math.round(characters / 1024)} K characters`;
  return `${characters} characters`;
}
