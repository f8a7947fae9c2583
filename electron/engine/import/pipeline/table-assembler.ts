import type { CellValue, ImportWarning } from '../../../../shared/table';
import { cellText, classifyRow, foldText } from '../layout';
import type { Layout, RowContext, RowKind } from '../layout';
import type { RawCell } from '../source';
import { ColumnStats } from '../values';
import { importWarning } from '../warnings';
import type { PlannedColumn } from './plan-columns';

/** Rows that look like notes or totals held back before they are judged. */
const maxPending = 1000;
/** Total rows remembered by number; more are only counted. */
const maxTotalRows = 1000;
const sampleSize = 10;

// A total row named as such; rows that only look like totals (label cells
// empty, numbers filled) are left out only below the last data row.
const totalWords =
  /^(?:sub ?)?totale?s?\b|^suma\b|^gran total|^nacional$|^estados unidos mexicanos$/;

/** True for an empty cell or one holding only whitespace. */
function blank(cell: RawCell): boolean {
  if (cell === null) return true;
  if (typeof cell !== 'string') return false;
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  return (first === 32 || first === 9 || first === 160) && cell.trim() === '';
}

// First three letters, lowercased, of the words in totalWords, as numbers.
const totalStarts = new Set(['tot', 'sub', 'sum', 'gra', 'nac', 'est'].map((w) => prefixKey(w, 0)));

/** Three characters from `at`, ASCII letters lowercased, packed in one number. */
function prefixKey(text: string, at: number): number {
  const lower = (i: number) => (text.charCodeAt(at + i) | 0x20) & 0xffff;
  return lower(0) * 0x100000000 + lower(1) * 0x10000 + lower(2);
}

/**
 * Whether a label may fold to a total word. Folding is costly, so it is
 * only done for text that starts like one of the words.
 */
function mightBeTotal(text: string): boolean {
  let at = 0;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 160)) at++;
  if (text.length - at < 4 || !totalStarts.has(prefixKey(text, at))) return false;
  return totalWords.test(foldText(text).replace(/[:.]$/, ''));
}

/** What the assembler found once every row went through it. */
export interface AssembledTable {
  rows: number;
  dataRows: [number, number];
  noteRows: [number, number] | null;
  totalRows: number[];
  notes: string[];
  warnings: ImportWarning[];
  stats: ColumnStats[];
  /** The first rows as they are stored. */
  sample: CellValue[][];
}

interface PendingRow {
  row: number;
  kind: RowKind;
  cells: readonly RawCell[];
}

/**
 * What an assembler that read a later part of the file found, with rows
 * numbered from 1 at the start of that part: what `absorb` takes.
 */
export interface AssemblerPart {
  rowsStored: number;
  lastData: number;
  totals: number[];
  totalCount: number;
  notes: string[];
  noteRange: [number, number] | null;
  problems: { outside: number; outsideRow: number; short: number; shortRow: number };
  stats: ColumnStats[];
  pending: PendingRow[];
  afterNote: boolean;
  sample: CellValue[][];
}

/**
 * Turns the sheet's rows below the header into table rows. Rows that look
 * like notes, totals or blanks are held back until a data row follows:
 * then blanks are dropped, named totals left out with a warning, and
 * anything else kept as data; if no data row follows, they are the notes
 * and totals under the table. Memory stays flat: counters and at most a
 * thousand held-back rows.
 */
export class TableAssembler {
  readonly stats: ColumnStats[];
  private readonly context: RowContext;
  private readonly sheet: string;
  private pending: PendingRow[] = [];
  private out: CellValue[][] = [];
  /** Row arrays already written, reused to spare the garbage collector. */
  private spare: CellValue[][] = [];
  private rowsStored = 0;
  private firstData = 0;
  private lastData = 0;
  private readonly totals: number[] = [];
  private totalCount = 0;
  private readonly notes: string[] = [];
  private noteRange: [number, number] | null = null;
  private readonly sample: CellValue[][] = [];
  private readonly problems = { outside: 0, outsideRow: 0, short: 0, shortRow: 0 };
  /** Whether a data row has been stored (or, for a later part, was stored before it). */
  private seenData: boolean;

  /**
   * `continuation` starts the assembler as if data rows had been stored
   * already, for a later part of a file whose earlier part ended on a data row.
   */
  constructor(
    private readonly columns: readonly PlannedColumn[],
    private readonly layout: Layout,
    private readonly options: {
      sheet: string;
      lastRow?: number;
      headerWidth: number | null;
      continuation?: boolean;
    },
  ) {
    this.stats = columns.map(() => new ColumnStats());
    this.context = { ...layout.context, afterNote: false };
    this.sheet = options.sheet;
    this.seenData = options.continuation ?? false;
  }

  /**
   * True when what follows may be read by another assembler started as a
   * continuation, with the same result: a data row came last (nothing
   * held back, no note above) and no last row was set.
   */
  atCleanBoundary(): boolean {
    return (
      this.seenData &&
      this.pending.length === 0 &&
      !this.context.afterNote &&
      this.options.lastRow === undefined
    );
  }

  /** What this assembler found, for the assembler of the earlier part to absorb. */
  part(): AssemblerPart {
    return {
      rowsStored: this.rowsStored,
      lastData: this.lastData,
      totals: this.totals,
      totalCount: this.totalCount,
      notes: this.notes,
      noteRange: this.noteRange,
      problems: this.problems,
      stats: this.stats,
      pending: this.pending,
      afterNote: this.context.afterNote ?? false,
      sample: this.sample,
    };
  }

  /**
   * Takes in what the assembler of the next part of the file found (its
   * rows are `rowOffset` sheet rows further down), as if this assembler
   * had read those rows itself. Only after atCleanBoundary() was true.
   */
  absorb(part: AssemblerPart, rowOffset: number): void {
    this.rowsStored += part.rowsStored;
    if (part.lastData > 0) this.lastData = part.lastData + rowOffset;
    for (const row of part.totals) {
      if (this.totals.length < maxTotalRows) this.totals.push(row + rowOffset);
    }
    this.totalCount += part.totalCount;
    this.notes.push(...part.notes);
    if (part.noteRange) {
      const [first, last] = part.noteRange;
      this.noteRange = [this.noteRange?.[0] ?? first + rowOffset, last + rowOffset];
    }
    const problems = part.problems;
    if (this.problems.outside === 0 && problems.outside > 0) {
      this.problems.outsideRow = problems.outsideRow + rowOffset;
    }
    this.problems.outside += problems.outside;
    if (this.problems.short === 0 && problems.short > 0) {
      this.problems.shortRow = problems.shortRow + rowOffset;
    }
    this.problems.short += problems.short;
    this.stats.forEach((stats, index) => stats.absorb(part.stats[index], rowOffset));
    this.pending = part.pending.map((pending) => ({ ...pending, row: pending.row + rowOffset }));
    this.context.afterNote = part.afterNote;
    for (const values of part.sample) {
      if (this.sample.length < sampleSize) this.sample.push(values);
    }
  }

  /** Feeds one sheet row at or below the first data row. */
  add(cells: readonly RawCell[], row: number): void {
    const lastRow = this.options.lastRow;
    let kind: RowKind;
    if (lastRow !== undefined && row > lastRow) {
      kind = cells.some((cell) => cell !== null && cellText(cell) !== '') ? 'note' : 'blank';
    } else {
      kind = this.plainData(cells) ? 'data' : classifyRow(cells, this.context);
    }

    if (kind === 'data' && (lastRow === undefined || row <= lastRow)) {
      this.releasePending();
      this.context.afterNote = false;
      this.store(cells, row);
      return;
    }

    if (kind === 'note') this.context.afterNote = true;
    if (kind !== 'blank') this.pending.push({ row, kind, cells });
    if (this.pending.length > maxPending) this.releasePending();
  }

  /** Takes the rows converted since the last call, to be written. */
  drain(): CellValue[][] {
    const rows = this.out;
    this.out = [];
    return rows;
  }

  /** Hands back rows once written (and no longer referenced), for reuse. */
  recycle(rows: CellValue[][]): void {
    this.spare = rows;
  }

  /** Settles the rows held back at the end as notes and totals. */
  finish(): AssembledTable {
    for (const pending of this.pending) {
      if (pending.kind === 'total') this.leaveOutTotal(pending.row);
      else this.keepNote(pending);
    }
    this.pending = [];

    return {
      rows: this.rowsStored,
      // With no data row, an empty range just below the header.
      dataRows: this.firstData
        ? [this.firstData, this.lastData]
        : [this.layout.region.dataRows[0], this.layout.region.dataRows[0] - 1],
      noteRows: this.noteRange,
      totalRows: this.totals,
      notes: this.notes,
      warnings: this.warnings(),
      stats: this.stats,
      sample: this.sample,
    };
  }

  /** A data row followed the held-back rows: they were inside the table. */
  private releasePending(): void {
    for (const pending of this.pending) {
      if (pending.kind === 'total' && this.namedTotal(pending.cells)) {
        this.leaveOutTotal(pending.row);
      } else if (pending.kind === 'note' && !this.seenData) {
        this.keepNote(pending);
      } else {
        this.store(pending.cells, pending.row);
      }
    }
    this.pending = [];
  }

  private store(cells: readonly RawCell[], row: number): void {
    const columns = this.columns;
    const values: CellValue[] = this.spare.pop() ?? new Array(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const cell = cells[columns[c].sourceColumn - 1];
      values[c] = columns[c].convert(cell === undefined ? null : cell, this.stats[c], row);
    }
    this.checkShape(cells, row);

    this.out.push(values);
    if (this.sample.length < sampleSize) this.sample.push(values.slice());
    this.rowsStored++;
    this.seenData = true;
    if (this.firstData === 0) this.firstData = row;
    this.lastData = row;
  }

  private checkShape(cells: readonly RawCell[], row: number): void {
    const { firstColumn, lastColumn } = this.layout.region;
    for (let c = 0; c < cells.length; c++) {
      if (c + 1 >= firstColumn && c + 1 <= lastColumn) continue;
      const cell = cells[c];
      if (cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
      if (this.problems.outside++ === 0) this.problems.outsideRow = row;
      break;
    }

    const width = this.options.headerWidth;
    if (width !== null && cells.length < width) {
      if (this.problems.short++ === 0) this.problems.shortRow = row;
    }
  }

  /**
   * A cheap test passed by most data rows, so that classifyRow (which
   * folds the text of every cell) runs only on rows that might be notes or
   * totals: more than two filled cells (notes fill at most two), some label
   * cell filled (totals may leave them all empty) and none of them reading
   * like a total label (Total, Suma, Nacional, Gran total…).
   */
  private plainData(cells: readonly RawCell[]): boolean {
    let filled = 0;
    for (let c = 0; c < cells.length && filled < 3; c++) if (!blank(cells[c])) filled++;
    if (filled < 3) return false;

    const labels = this.context.labelColumns;
    let labelled = false;
    for (let i = 0; i < labels.length; i++) {
      const cell = cells[labels[i] - 1];
      if (cell === undefined || blank(cell)) continue;
      if (typeof cell === 'string' && mightBeTotal(cell)) return false;
      labelled = true;
    }
    return labelled;
  }

  private namedTotal(cells: readonly RawCell[]): boolean {
    return this.context.labelColumns.some((column) => {
      const cell = cells[column - 1];
      return typeof cell === 'string' && totalWords.test(foldText(cell));
    });
  }

  private leaveOutTotal(row: number): void {
    this.totalCount++;
    if (this.totals.length < maxTotalRows) this.totals.push(row);
  }

  private keepNote(pending: PendingRow): void {
    const text = pending.cells
      .map((cell) => (cell === null ? '' : cellText(cell).trim()))
      .filter((part) => part !== '')
      .join(' ');
    if (text === '') return;
    this.notes.push(text);
    this.noteRange = this.noteRange ? [this.noteRange[0], pending.row] : [pending.row, pending.row];
  }

  private warnings(): ImportWarning[] {
    const warnings: ImportWarning[] = [];
    const sheet = this.sheet;
    for (const row of this.totals.slice(0, 20)) {
      warnings.push(importWarning('TOTAL_ROW', { row }, { sheet, row }));
    }
    if (this.problems.outside > 0) {
      const row = this.problems.outsideRow;
      warnings.push(
        importWarning('CELLS_OUTSIDE_TABLE', { count: this.problems.outside, row }, { sheet, row }),
      );
    }
    if (this.problems.short > 0) {
      const row = this.problems.shortRow;
      const values = { count: this.problems.short, expected: this.options.headerWidth ?? 0, row };
      warnings.push(importWarning('RAGGED_ROWS', values, { sheet, row }));
    }
    return warnings;
  }
}
