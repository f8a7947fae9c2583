import type { SheetSummary } from '../../../../shared/import';
import { cellAt, cellText, filledColumns, foldText } from '../layout/cells';
import type { RawCell } from '../source';

/** A sheet's role, as SheetSummary reports it. */
export type SheetRole = SheetSummary['role'];

const dataNames = /^(datos?|data|base de datos|tabla|dataset)\b/;
const metadataNames =
  /^(metadatos?|metadata|ficha( tecnica)?|acerca de|informacion del conjunto)\b/;
const dictionaryNames =
  /^(variables?|diccionario( de datos)?|dictionary|data dictionary|campos|descripcion de (campos|variables))\b/;

/** Headers that name the field column of a data dictionary. */
export const fieldHeader =
  /^(campo|campos|variable|variables|nombre( de (la )?(variable|columna|campo))?|columna|mnemonico|nemonico|clave|field|column|name)$/;
/** Headers of a dictionary's description column. */
export const descriptionHeader =
  /^(descripcion|definicion|significado|description|definition|concepto)\b/;

// Keys that a METADATOS sheet lists down its first column.
const metadataKeys =
  /^(nombre del (dataset|conjunto)|titulo|descripcion( del (dataset|conjunto))?|disponibilidad temporal|cobertura temporal|periodo de actualizacion|periodicidad|nivel de desagregacion|notas|fuente|url_?fuente|url de la fuente|palabras clave|responsable|licencia|fecha de (actualizacion|publicacion)|dataset base|metadato)$/;

/**
 * Guesses a sheet's role from its name (DATOS, METADATOS, VARIABLES, tolerant
 * of case and accents) and, failing that, from its first rows: a header with
 * field and description columns is a dictionary; key/value rows with known
 * metadata keys are metadata; anything with a table is data.
 */
export function sheetRole(name: string, head: readonly (readonly RawCell[])[]): SheetRole {
  const folded = foldText(name);
  if (metadataNames.test(folded)) return 'metadata';
  if (dictionaryNames.test(folded)) return 'dictionary';
  if (dataNames.test(folded)) return 'data';

  const rows = head.filter((row) => filledColumns(row).length > 0);
  if (rows.length === 0) return 'other';
  if (isDictionaryHeader(rows[0])) return 'dictionary';

  const keys = rows.filter((row) =>
    metadataKeys.test(foldText(cellText(cellAt(row, filledColumns(row)[0])))),
  ).length;
  if (keys >= 3) return 'metadata';
  return 'data';
}

/** True when a row reads as the header of a data dictionary. */
export function isDictionaryHeader(row: readonly RawCell[]): boolean {
  const labels = filledColumns(row).map((column) => foldText(cellText(cellAt(row, column))));
  return (
    labels.some((label) => fieldHeader.test(label)) &&
    labels.some((label) => descriptionHeader.test(label))
  );
}

/**
 * Settles the roles of a workbook's sheets together: when a sheet is named
 * as the data (DATOS), other sheets that only looked like tables are 'other'
 * (references, lists), so that the data sheet is the one chosen by default.
 */
export function settleRoles(sheets: { name: string; role: SheetRole }[]): SheetRole[] {
  const named = sheets.some(
    (sheet) => sheet.role === 'data' && dataNames.test(foldText(sheet.name)),
  );
  return sheets.map((sheet) => {
    if (named && sheet.role === 'data' && !dataNames.test(foldText(sheet.name))) return 'other';
    return sheet.role;
  });
}

/** The sheet to import when none is named: the first data sheet, else the first one. */
export function defaultSheet<T extends { role: SheetRole; rows: number }>(
  sheets: readonly T[],
): T | undefined {
  return (
    sheets.find((sheet) => sheet.role === 'data' && sheet.rows > 0) ??
    sheets.find((sheet) => sheet.rows > 0) ??
    sheets[0]
  );
}
