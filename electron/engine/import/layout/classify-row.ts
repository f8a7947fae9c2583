import type { RawCell } from '../source';
import { cellAt, cellKind, cellText, filledColumns, foldText, isNumericKind } from './cells';
import type { RowContext, RowKind } from './types';

// Words that open a note under a table: "Notas:", "Fuente: INEGI", "* cifras…".
const notePrefix =
  /^(?:notas?|fuentes?|source|sources|note|notes|elaborado|elaboro|elaboracion|nota aclaratoria|observaciones|aclaracion|llamadas?)\b\s*[:.-]?|^[*¹²³†‡]|^\(?\d{1,2}\)\s|^\d{1,2}\/\s/;

// Labels that mark a total row. Compared after folding case and accents.
const totalLabels = new Set([
  'total',
  'totales',
  'total general',
  'total nacional',
  'gran total',
  'suma',
  'suma total',
  'nacional',
  'subtotal',
  'estados unidos mexicanos',
]);

const longNoteLength = 40;
const longNoteWords = 6;

/**
 * Says what a row after the start of the data is: blank, a note ("Notas:",
 * "Fuente:", a footnote mark, a long sentence alone in the row), a total
 * ("Total", "Suma", "Nacional" in a label column, or label columns empty
 * while numeric ones are filled), or data. Pure; rows are indexed from sheet
 * column 1. Callers set `afterNote` once a note was seen, so that the short
 * lines that follow "Notas:" are notes as well.
 */
export function classifyRow(row: readonly RawCell[], context: RowContext): RowKind {
  const filled = filledColumns(row);
  if (filled.length === 0) return 'blank';

  if (isNoteRow(row, filled, context)) return 'note';
  if (isTotalRow(row, filled, context)) return 'total';
  return 'data';
}

function isNoteRow(row: readonly RawCell[], filled: number[], context: RowContext): boolean {
  const width = context.lastColumn - context.firstColumn + 1;
  const first = cellAt(row, filled[0]);
  if (cellKind(first) !== 'text') return false;

  // "Fuente:" may have its text in the next cell; a data row that happens to
  // start with "Nota" in a wide table still has the rest of its cells.
  const text = cellText(first);
  const allText = filled.every((column) => cellKind(cellAt(row, column)) === 'text');
  const fewCells = filled.length === 1 || (filled.length === 2 && width >= 3 && allText);
  if (fewCells && notePrefix.test(foldText(text))) return true;
  if (filled.length !== 1 || width < 2) return false;

  const words = text.split(' ').length;
  if (text.length >= longNoteLength || words >= longNoteWords) return true;
  return context.afterNote === true;
}

function isTotalRow(row: readonly RawCell[], filled: number[], context: RowContext): boolean {
  // A total label in a label column, or in the first filled cell when the
  // table has no label column.
  const labelColumns = context.labelColumns.length > 0 ? context.labelColumns : [filled[0]];
  for (const column of labelColumns) {
    if (totalLabels.has(foldText(cellText(cellAt(row, column))).replace(/[:.]$/, ''))) return true;
  }

  // Label columns all empty while numeric columns are filled: a sum row whose
  // label was left blank (INEM-2005-Resumen-por-fuentes.csv, fifth row).
  if (context.labelColumns.length === 0 || context.numericColumns.length === 0) return false;
  const labelsEmpty = context.labelColumns.every(
    (column) => cellKind(cellAt(row, column)) === 'blank',
  );
  if (!labelsEmpty) return false;
  const numbers = context.numericColumns.filter((column) =>
    isNumericKind(cellKind(cellAt(row, column))),
  ).length;
  return numbers > 0 && numbers * 2 >= context.numericColumns.length;
}
