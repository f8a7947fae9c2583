import type { RawCell } from '../source';

/** How a cell reads to a person deciding what a row is. */
export type CellKind = 'blank' | 'text' | 'code' | 'number' | 'date' | 'boolean';

// A number as spreadsheets and CSV files write it: 1234, 1,234.5, 1.234,5,
// -3e-5, 12 %, $ 1 200. Codes with leading zeros are told apart first.
const numberPattern =
  /^[-+]?\$?\s?(?:\d{1,3}(?:[,.\s\u00a0]\d{3})+|\d+)?(?:[.,]\d+)?(?:[eE][-+]?\d+)?\s?%?$/;
const codePattern = /^0\d+$/;
const datePattern =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

/** The text of a cell as a person reads it, whitespace collapsed. */
export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replace(/[\s\u00a0]+/g, ' ').trim();
  if (typeof cell === 'object') return cell.date;
  return String(cell);
}

/** True when the cell holds nothing but whitespace. */
export function isBlank(cell: RawCell): boolean {
  return cellText(cell) === '';
}

/** Classifies a cell for layout decisions; text sources are read leniently. */
export function cellKind(cell: RawCell): CellKind {
  if (cell === null || cell === undefined) return 'blank';
  if (typeof cell === 'number') return 'number';
  if (typeof cell === 'boolean') return 'boolean';
  if (typeof cell === 'object') return 'date';

  const text = cellText(cell);
  if (text === '') return 'blank';
  if (codePattern.test(text)) return 'code';
  if (/\d/.test(text) && numberPattern.test(text)) return 'number';
  if (datePattern.test(text)) return 'date';
  return 'text';
}

/** True for kinds that count as measurements rather than labels. */
export function isNumericKind(kind: CellKind): boolean {
  return kind === 'number' || kind === 'date';
}

/** Lowercase, accents removed, whitespace collapsed: for matching words. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The cell at a 1-based column of a row, null past its end. */
export function cellAt(row: readonly RawCell[] | undefined, column: number): RawCell {
  if (!row) return null;
  const cell = row[column - 1];
  return cell === undefined ? null : cell;
}

/** 1-based columns of the non-blank cells of a row. */
export function filledColumns(row: readonly RawCell[] | undefined): number[] {
  const columns: number[] = [];
  if (!row) return columns;
  for (let index = 0; index < row.length; index++) {
    if (!isBlank(row[index])) columns.push(index + 1);
  }
  return columns;
}
