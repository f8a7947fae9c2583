import path from 'node:path';
import { FichaError } from '../../../../shared/errors';
import type { ImportOptions, Progress, SheetSummary } from '../../../../shared/import';
import type { CellValue, ImportWarning } from '../../../../shared/table';
import { createMergeFiller, detectLayout } from '../layout';
import type { Layout, MergeFiller } from '../layout';
import type { Logger } from '../../logger';
import type { RawCell, RowBatch, SheetReader } from '../source';
import { detectDecimal } from '../values';
import type { DecimalSeparator } from '../values';
import { chooseSheet, openSource, textFormats } from './open-source';
import { planColumns } from './plan-columns';
import type { PlannedColumn } from './plan-columns';
import { TableAssembler } from './table-assembler';
import type { AssembledTable } from './table-assembler';

/** Rows read before the layout and the column types are decided. */
export const headRows = 500;

/** A source opened, its table found and its columns planned; rows not yet streamed. */
export interface PreparedTable {
  reader: SheetReader;
  sheet: SheetSummary;
  layout: Layout;
  columns: PlannedColumn[];
  decimal: DecimalSeparator;
  /** Rows read so far, from sheet row 1. */
  head: RawCell[][];
  warnings: ImportWarning[];
  /** Fields in the header row of a text file, to spot short rows. */
  headerWidth: number | null;
  /** Repeats a merged cell's value over the data rows the merge spans. */
  merges: MergeFiller;
  rest: AsyncIterator<RowBatch>;
}

/** What a reading run needs from its caller. */
export interface ReadControls {
  signal: AbortSignal;
  progress?: (progress: Progress) => void;
  logger?: Logger;
  /** Keep the bytes read for SheetReader.tapBytes (an import stores them). */
  keepBytes?: boolean;
}

/**
 * Opens the file, picks the sheet, reads its first rows, finds the table
 * in them and plans the columns. The reader stays open for `streamTable`.
 */
export async function prepareTable(
  file: string,
  options: ImportOptions,
  controls: ReadControls,
): Promise<PreparedTable> {
  const reader = await openSource(file, options, controls.logger, controls.keepBytes);
  try {
    return await prepareOpened(reader, options, controls);
  } catch (error) {
    await reader.close();
    throw error;
  }
}

async function prepareOpened(
  reader: SheetReader,
  options: ImportOptions,
  controls: ReadControls,
): Promise<PreparedTable> {
  const text = textFormats.includes(reader.format);
  const sheet = text ? reader.sheets()[0] : chooseSheet(reader, options.sheet);
  const onProgress = controls.progress
    ? (p: { done: number; total: number | null; unit: 'bytes' | 'rows' }) =>
        controls.progress?.({ phase: 'rows', ...p })
    : undefined;
  const rest = reader.rows(sheet.name, controls.signal, onProgress)[Symbol.asyncIterator]();
  const head = await readHead(rest);

  const mergeRanges = reader.merges(sheet.name);
  const layout = detectLayout(head.slice(0, headRows), mergeRanges, {
    headerRows: options.headerRows,
    skipRows: options.skipRows,
    lastRow: options.lastRow,
  });
  if (layout.headers.length === 0) {
    throw new FichaError('SHEET_EMPTY', { file: path.basename(reader.file), sheet: sheet.name });
  }

  // Merged cells in the data (a state over its municipalities) hold their
  // value in the first row only; every row they span gets it, as a person reads it.
  const merges = createMergeFiller(mergeRanges, layout.region.dataRows[0]);
  merges.fill({ startRow: 1, rows: head });

  const sample = sampleRows(head, layout);
  const decimal =
    options.decimal ?? (text ? detectDecimal(sampleTexts(sample), reader.delimiter) : '.');
  const planned = planColumns(layout.headers, sample, decimal, sheet.name);
  const headerRow = head[layout.region.headerRows[1] - 1];
  return {
    reader,
    sheet,
    layout,
    columns: planned.columns,
    decimal,
    head,
    warnings: planned.warnings,
    headerWidth: text && headerRow ? headerRow.length : null,
    merges,
    rest,
  };
}

/** Reads whole batches until the head holds enough rows or the sheet ends. */
async function readHead(rows: AsyncIterator<RowBatch>): Promise<RawCell[][]> {
  const head: RawCell[][] = [];
  while (head.length < headRows) {
    const next = await rows.next();
    if (next.done) break;
    for (const row of next.value.rows) head.push(row);
  }
  return head;
}

/** Data rows of the head, without the totals and notes detection found. */
function sampleRows(head: RawCell[][], layout: Layout): RawCell[][] {
  const [start, end] = layout.region.dataRows;
  const totals = new Set(layout.region.totalRows);
  const rows: RawCell[][] = [];
  for (let row = start; row <= Math.min(end, head.length, headRows); row++) {
    if (!totals.has(row)) rows.push(head[row - 1]);
  }
  return rows;
}

function* sampleTexts(rows: RawCell[][]): Iterable<string> {
  for (const row of rows) {
    for (const cell of row) if (typeof cell === 'string') yield cell;
  }
}

/** The assembler that turns the table's rows into stored rows (see streamTable). */
export function createAssembler(table: PreparedTable, options: ImportOptions): TableAssembler {
  return new TableAssembler(table.columns, table.layout, {
    sheet: table.sheet.name,
    lastRow: options.lastRow,
    headerWidth: table.headerWidth,
  });
}

/**
 * Streams every row below the header through the assembler, handing the
 * converted rows to `write` batch by batch; `write` must use them at once
 * and not keep them (the arrays are reused for the next batch). Checks the signal between
 * batches; the head is released as soon as it has been used.
 */
export async function streamTable(
  table: PreparedTable,
  options: ImportOptions,
  signal: AbortSignal,
  write: (rows: CellValue[][]) => void,
  assembler: TableAssembler = createAssembler(table, options),
): Promise<AssembledTable> {
  const first = table.layout.region.dataRows[0];

  let head: RawCell[][] | null = table.head;
  table.head = [];
  for (let row = first; row <= head.length; row++) assembler.add(head[row - 1], row);
  head = null;
  flush(assembler, write);

  for (;;) {
    if (signal.aborted) throw new FichaError('CANCELLED');
    const next = await table.rest.next();
    if (next.done) break;

    const batch = table.merges.fill(next.value);
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.startRow + i;
      if (row >= first) assembler.add(batch.rows[i], row);
    }
    flush(assembler, write);
  }

  return assembler.finish();
}

/** Writes the converted rows; `write` must not keep them, since they are reused. */
function flush(assembler: TableAssembler, write: (rows: CellValue[][]) => void): void {
  const rows = assembler.drain();
  if (rows.length === 0) return;
  write(rows);
  assembler.recycle(rows);
}
