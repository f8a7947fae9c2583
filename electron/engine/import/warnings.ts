import type { ImportWarning } from '../../../shared/table';
import type { ErrorLocation } from '../../../shared/result';

/**
 * Problems the importer reads around, with their messages in both
 * languages. Templates use {placeholders} filled from the values given.
 */
export const warningCatalog = {
  ENCODING_MIXED: {
    es: 'El archivo parecía UTF-8, pero desde el byte {offset} tiene {count} bytes que no lo son; se leyeron como Windows-1252. Revise los acentos.',
    en: 'The file looked like UTF-8, but from byte {offset} on it has {count} bytes that are not; they were read as Windows-1252. Check the accents.',
  },
  RAGGED_ROWS: {
    es: '{count} filas tienen un número de celdas distinto al encabezado ({expected}); la primera es la fila {row}.',
    en: '{count} rows have a different number of cells than the header ({expected}); the first is row {row}.',
  },
  CELLS_OUTSIDE_TABLE: {
    es: '{count} filas tienen valores a la derecha de la última columna del encabezado; se omitieron. La primera es la fila {row}.',
    en: '{count} rows have values to the right of the last header column; they were left out. The first is row {row}.',
  },
  TOTAL_ROW: {
    es: 'La fila {row} parece una fila de totales y se dejó fuera de la tabla.',
    en: 'Row {row} looks like a totals row and was left out of the table.',
  },
  MARKERS: {
    es: 'La columna {column} tiene claves de notación o valores faltantes ({markers}); se guardaron como vacíos y se contaron.',
    en: 'Column {column} holds notation keys or missing markers ({markers}); they were stored as empty and counted.',
  },
  TYPE_MISMATCH: {
    es: 'La columna {column} es de tipo {type}, pero {count} valores no lo son; se guardaron como texto. El primero está en la fila {row}.',
    en: 'Column {column} is of type {type}, but {count} values are not; they were kept as text. The first is on row {row}.',
  },
  TYPE_MISMATCH_LATE: {
    es: 'La columna {column} es de tipo {type}, pero {count} valores no lo son; se guardaron como texto.',
    en: 'Column {column} is of type {type}, but {count} values are not; they were kept as text.',
  },
  TYPE_CHANGED: {
    es: 'La columna {column} parecía de tipo {from} en las primeras filas, pero el archivo completo la hace de tipo {type}.',
    en: 'Column {column} looked like {from} in the first rows, but the whole file makes it {type}.',
  },
  HEADER_BLANK: {
    es: 'La columna {column} no tiene encabezado; se llamó {name}.',
    en: 'Column {column} has no header; it was named {name}.',
  },
} as const;

/** A warning code from the catalog. */
export type WarningCode = keyof typeof warningCatalog;

/** Builds a warning with its bilingual message and where it happened. */
export function importWarning(
  code: WarningCode,
  values: Record<string, string | number>,
  location: Pick<ErrorLocation, 'sheet' | 'row' | 'column'> = {},
): ImportWarning {
  const template = warningCatalog[code];
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) =>
      values[key] === undefined ? whole : String(values[key]),
    );
  return { code, message: { es: fill(template.es), en: fill(template.en) }, ...location };
}
