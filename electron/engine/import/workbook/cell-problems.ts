import { FichaError } from '../../../../shared/errors';
import type { ImportWarning } from '../../../../shared/table';
import { columnLetters } from './xml-text';

/** The warning for a cell whose cached formula result is an error (#N/A, #DIV/0!…). */
export function formulaErrorWarning(
  sheet: string,
  row: number,
  column: number,
  code: string,
): ImportWarning {
  const cell = `${columnLetters(column)}${row}`;
  return {
    code: 'CELL_FORMULA_ERROR',
    message: {
      es: `La celda ${cell} tiene un error de fórmula (${code}); se importa vacía.`,
      en: `Cell ${cell} holds a formula error (${code}); it is imported empty.`,
    },
    sheet,
    row,
    column: columnLetters(column),
  };
}

/** CELL_TOO_LARGE naming the file, sheet, row and column letters. */
export function cellTooLarge(
  file: string,
  sheet: string,
  row: number,
  column: string,
  size: number,
  limit: number,
) {
  return new FichaError('CELL_TOO_LARGE', {
    file,
    sheet,
    row,
    column,
    size: `${size.toLocaleString('en-US')} characters`,
    limit: `${limit.toLocaleString('en-US')} characters`,
  });
}
