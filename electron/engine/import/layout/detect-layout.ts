import type { TableRegion } from '../../../../shared/import';
import type { MergeRange, RawCell } from '../source';
import { cellAt, cellKind, cellText, filledColumns, isNumericKind } from './cells';
import { classifyRow } from './classify-row';
import { fillGroupHeaders, headerTexts, joinHeaderParts } from './header-grid';
import type { HeaderLabel, Layout, LayoutOverrides, RowContext } from './types';

type Grid = readonly (readonly RawCell[])[];

// How many header rows detection will stack above or below the densest one.
const maxExtraHeaderRows = 3;
// Rows after the header sampled to tell label columns from numeric ones.
const sampleRows = 200;

/**
 * Finds the table in the first rows of a sheet (`head[0]` is sheet row 1,
 * `head[r][0]` sheet column 1): title rows above it, the header rows (group
 * headers joined to sub-headers), the columns, where data starts, and the
 * totals and notes among the rows given. Pure, for workbooks and CSV alike.
 *
 * The data end and note rows only cover `head`; when the head is a prefix of
 * a longer sheet, callers classify the remaining rows with `classifyRow` and
 * `context`. A head without any filled cell gives a layout with no headers.
 */
export function detectLayout(
  head: Grid,
  merges: readonly MergeRange[],
  overrides: LayoutOverrides = {},
): Layout {
  const filledCounts = head.map((row) => filledColumns(row).length);
  const [headerStart, headerEnd] =
    overrides.headerRows ?? findHeaderRows(head, merges, filledCounts, overrides.skipRows ?? 0);

  const columns = findColumns(head, merges, [headerStart, headerEnd], filledCounts);
  const context = rowContext(head, headerEnd, columns);
  const headers = headerLabels(head, merges, [headerStart, headerEnd], columns, context);
  const tail = sortTail(head, headerEnd, context, overrides.lastRow);

  const titleStart = firstFilledRow(filledCounts, (overrides.skipRows ?? 0) + 1);
  let titleEnd = headerStart - 1;
  while (titleEnd > 0 && filledCounts[titleEnd - 1] === 0) titleEnd--;
  const titleRows: [number, number] | null =
    titleStart !== null && titleStart <= titleEnd ? [titleStart, titleEnd] : null;
  const region: TableRegion = {
    titleRows,
    headerRows: [headerStart, headerEnd],
    dataRows: [tail.dataStart, tail.dataEnd],
    noteRows: tail.noteRows,
    firstColumn: columns[0],
    lastColumn: columns[1],
    totalRows: tail.totalRows,
  };
  return {
    region,
    headers,
    titleNotes: titleRows ? rowTexts(head, titleRows) : [],
    tailNotes: tail.noteRows ? rowTexts(head, tail.noteRows) : [],
    context: { ...context, afterNote: tail.noteRows !== null },
  };
}

/** 1-based number of the first row at or after `from` with a filled cell. */
function firstFilledRow(filledCounts: number[], from: number): number | null {
  for (let row = Math.max(1, from); row <= filledCounts.length; row++) {
    if (filledCounts[row - 1] > 0) return row;
  }
  return null;
}

function findHeaderRows(
  head: Grid,
  merges: readonly MergeRange[],
  filledCounts: number[],
  skipRows: number,
): [number, number] {
  const start = firstFilledRow(filledCounts, skipRows + 1);
  if (start === null)
    return [
      Math.min(skipRows + 1, Math.max(1, head.length)),
      Math.min(skipRows + 1, Math.max(1, head.length)),
    ];

  // The header ends at the first dense row: one filled at least half as much
  // as the fullest row. Sparser rows above it are titles or group headers.
  const widest = filledCounts.reduce(
    (max, count, index) => (index >= start - 1 && count > max ? count : max),
    0,
  );
  const threshold = widest <= 1 ? 1 : Math.max(2, Math.ceil(widest / 2));
  let dense = start;
  while (dense < filledCounts.length && filledCounts[dense - 1] < threshold) dense++;

  // Group header rows sit right above it; with skipRows the header starts at
  // the first row after the skipped ones, whatever it looks like.
  let headerStart = dense;
  if (skipRows > 0) headerStart = start;
  else {
    while (
      headerStart - 1 >= start &&
      dense - (headerStart - 1) <= maxExtraHeaderRows &&
      isGroupRow(head, merges, headerStart - 1)
    ) {
      headerStart--;
    }
  }

  // Sub-header rows (units, sub-labels) below it: all text, over columns
  // whose data is numeric.
  let headerEnd = dense;
  while (headerEnd - dense < maxExtraHeaderRows && isSubHeaderRow(head, headerEnd + 1, merges))
    headerEnd++;
  return [headerStart, headerEnd];
}

/** A row above the header that groups the columns under it rather than titling the table. */
function isGroupRow(head: Grid, merges: readonly MergeRange[], row: number): boolean {
  const filled = filledColumns(head[row - 1]);
  if (filled.length === 0) return false;

  const vertical = merges.some((merge) => merge.startRow === row && merge.endRow > row);
  if (vertical) return true;

  // Several cells: groups are merged across, sit over blanks of the row
  // below, or leave gaps between them; "Cuadro 3 | Emisiones por estado"
  // written in two adjacent cells over a full header is a title.
  const next = head[row];
  if (filled.length >= 2) {
    const across = merges.some(
      (merge) => merge.startRow === row && merge.endColumn > merge.startColumn,
    );
    const overBlank = filled.some((column) => cellText(cellAt(next, column)) === '');
    const gaps = filled[filled.length - 1] - filled[0] + 1 > filled.length;
    return across || overBlank || gaps;
  }

  // One cell: a group header when merged over some columns but not starting
  // at the left of the table, where titles sit.
  const below = filledColumns(next);
  const across = merges.find((merge) => merge.startRow === row && merge.startColumn === filled[0]);
  return across !== undefined && below.length > 0 && filled[0] > below[0];
}

/** A text-only row under the header whose columns hold numbers below it. */
function isSubHeaderRow(head: Grid, row: number, merges: readonly MergeRange[]): boolean {
  const cells = head[row - 1];
  const filled = filledColumns(cells);
  if (filled.length === 0 || row >= head.length) return false;
  if (filled.some((column) => cellKind(cellAt(cells, column)) !== 'text')) return false;

  // Merged over from the header row above: certainly part of the header.
  if (merges.some((merge) => merge.startRow < row && merge.endRow >= row)) return true;

  const below = head.slice(row, row + 20).filter((next) => filledColumns(next).length > 0);
  if (below.length === 0) return false;
  return filled.some((column) => {
    const numeric = below.filter((next) => isNumericKind(cellKind(cellAt(next, column)))).length;
    return numeric * 2 > below.length;
  });
}

function findColumns(
  head: Grid,
  merges: readonly MergeRange[],
  header: [number, number],
  filledCounts: number[],
): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  const take = (column: number) => {
    first = Math.min(first, column);
    last = Math.max(last, column);
  };

  for (let row = header[0]; row <= header[1]; row++) filledColumns(head[row - 1]).forEach(take);
  for (const merge of merges) {
    if (merge.startRow >= header[0] && merge.startRow <= header[1]) take(merge.endColumn);
  }

  // Data rows may reach past the header (unnamed columns); lone cells (notes)
  // do not widen the table.
  const end = Math.min(head.length, header[1] + sampleRows);
  for (let row = header[1] + 1; row <= end; row++) {
    if (filledCounts[row - 1] >= 2) filledColumns(head[row - 1]).forEach(take);
  }
  return last === 0 ? [1, 1] : [first, last];
}

function rowContext(head: Grid, headerEnd: number, columns: [number, number]): RowContext {
  const labelColumns: number[] = [];
  const numericColumns: number[] = [];
  const rows = head
    .slice(headerEnd, headerEnd + sampleRows)
    .filter((row) => filledColumns(row).length >= 2);

  for (let column = columns[0]; column <= columns[1]; column++) {
    let numeric = 0;
    let label = 0;
    for (const row of rows) {
      const kind = cellKind(cellAt(row, column));
      if (isNumericKind(kind)) numeric++;
      else if (kind === 'text' || kind === 'code') label++;
    }
    if (label > numeric) labelColumns.push(column);
    else if (numeric > 0) numericColumns.push(column);
  }
  return { firstColumn: columns[0], lastColumn: columns[1], labelColumns, numericColumns };
}

function headerLabels(
  head: Grid,
  merges: readonly MergeRange[],
  rows: [number, number],
  columns: [number, number],
  context: RowContext,
): HeaderLabel[] {
  const grid = headerTexts(head, merges, rows, columns);
  const covered = new Set<string>();
  for (const merge of merges) {
    for (
      let row = Math.max(merge.startRow + 1, rows[0]);
      row <= Math.min(merge.endRow, rows[1]);
      row++
    ) {
      for (let column = merge.startColumn; column <= merge.endColumn; column++)
        covered.add(`${row - rows[0]}:${column}`);
    }
  }
  fillGroupHeaders(grid, covered, columns[0]);

  const headers: HeaderLabel[] = [];
  for (let column = columns[0]; column <= columns[1]; column++) {
    const label = joinHeaderParts(grid.map((texts) => texts[column - columns[0]]));
    const used = context.labelColumns.includes(column) || context.numericColumns.includes(column);
    // A column blank in the header and in every sampled row is a spacer.
    if (label === '' && !used && !hasData(head, rows[1], column)) continue;
    headers.push({ label, sourceColumn: column });
  }
  return headers;
}

function hasData(head: Grid, headerEnd: number, column: number): boolean {
  return head
    .slice(headerEnd, headerEnd + sampleRows)
    .some((row) => cellText(cellAt(row, column)) !== '');
}

interface Tail {
  dataStart: number;
  dataEnd: number;
  noteRows: [number, number] | null;
  totalRows: number[];
}

/** Walks the rows after the header: data, totals among them, notes below. */
function sortTail(head: Grid, headerEnd: number, context: RowContext, lastRow?: number): Tail {
  let dataStart = 0;
  let dataEnd = headerEnd;
  let noteStart = 0;
  let noteEnd = 0;
  const totalRows: number[] = [];
  let afterNote = false;

  const limit = lastRow ?? head.length;
  for (let row = headerEnd + 1; row <= head.length; row++) {
    const cells = head[row - 1];
    const kind =
      row > limit
        ? filledColumns(cells).length > 0
          ? 'note'
          : 'blank'
        : classifyRow(cells, { ...context, afterNote });
    if (kind === 'blank') continue;

    if (kind === 'note') {
      afterNote = true;
      if (noteStart === 0) noteStart = row;
      noteEnd = row;
      continue;
    }

    // Data again after notes: what looked like notes were rows of the table.
    afterNote = false;
    noteStart = 0;
    if (dataStart === 0) dataStart = row;
    dataEnd = row;
    if (kind === 'total') totalRows.push(row);
  }

  if (dataStart === 0) dataStart = headerEnd + 1;
  if (lastRow !== undefined) dataEnd = Math.max(dataEnd, Math.min(lastRow, head.length));
  return {
    dataStart,
    dataEnd,
    noteRows: noteStart === 0 ? null : [noteStart, noteEnd],
    totalRows: totalRows.filter((row) => row <= dataEnd),
  };
}

function rowTexts(head: Grid, rows: [number, number]): string[] {
  const texts: string[] = [];
  for (let row = rows[0]; row <= rows[1]; row++) {
    const cells = head[row - 1] ?? [];
    const text = filledColumns(cells)
      .map((column) => cellText(cellAt(cells, column)))
      .join(' ');
    if (text !== '') texts.push(text);
  }
  return texts;
}
