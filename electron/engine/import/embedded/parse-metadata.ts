import type { EmbeddedMetadata } from '../../../../shared/import';
import { cellAt, cellText, filledColumns, foldText } from '../layout/cells';
import type { RawCell } from '../source';
import { descriptionHeader, fieldHeader, isDictionaryHeader } from './sheet-role';

type Grid = readonly (readonly RawCell[])[];

// The header row of a key/value sheet ("Metadato | Descripción").
const keyHeader = /^(metadato|metadatos|campo|elemento|concepto|atributo|propiedad|clave)$/;
const valueHeader = /^(descripcion|valor|contenido|dato|value)$/;

/**
 * Key/value pairs of a METADATOS-style sheet: each row's first filled cell
 * is the key and the other filled cells, joined by a space, the value. A
 * header row such as "Metadato | Descripción" is left out.
 */
export function parseMetadataSheet(rows: Grid): EmbeddedMetadata['fields'] {
  const fields: EmbeddedMetadata['fields'] = [];
  let first = true;
  for (const row of rows) {
    const filled = filledColumns(row);
    if (filled.length === 0) continue;
    const key = cellText(cellAt(row, filled[0]));
    const value = filled
      .slice(1)
      .map((column) => cellText(cellAt(row, column)))
      .join(' ');

    if (
      first &&
      keyHeader.test(foldText(key)) &&
      (value === '' || valueHeader.test(foldText(value)))
    ) {
      first = false;
      continue;
    }
    first = false;
    fields.push({ key, value });
  }
  return fields;
}

/**
 * Entries of a data dictionary: the first row that names a field column and
 * a description column is the header; type, possible values and unit
 * columns are picked up when present.
 */
export function parseDictionarySheet(rows: Grid): EmbeddedMetadata['dictionary'] {
  const headerIndex = rows.findIndex((row) => isDictionaryHeader(row));
  if (headerIndex < 0) return [];

  const header = rows[headerIndex];
  const find = (pattern: RegExp) =>
    filledColumns(header).find((column) =>
      pattern.test(foldText(cellText(cellAt(header, column)))),
    );
  const nameColumn = find(fieldHeader) ?? 1;
  const descriptionColumn = find(descriptionHeader) ?? 2;
  const typeColumn = find(/^tipo( de dato)?\b|^type\b|^formato$/);
  const valuesColumn = find(/valores|dominio|categorias|codigos|^values?\b/);
  const unitColumn = find(/^unidad|^unit/);

  const entries: EmbeddedMetadata['dictionary'] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const name = cellText(cellAt(row, nameColumn));
    if (name === '') continue;
    const entry: EmbeddedMetadata['dictionary'][number] = {
      name,
      description: cellText(cellAt(row, descriptionColumn)),
    };
    const optional = { type: typeColumn, values: valuesColumn, unit: unitColumn } as const;
    for (const [key, column] of Object.entries(optional) as [
      keyof typeof optional,
      number | undefined,
    ][]) {
      const text = column === undefined ? '' : cellText(cellAt(row, column));
      if (text !== '') entry[key] = text;
    }
    entries.push(entry);
  }
  return entries;
}
