import { dictionaryEntrySchema } from '../../../shared/metadata/model';
import type { DictionaryEntry } from '../../../shared/metadata/model';
import type { ColumnType } from '../../../shared/table';
import type { ColumnRecord } from '../datasets/catalog';
import { quoteField } from './csv-format';
import { CRLF } from './csv-writer';

const typeNames: Record<ColumnType, string> = {
  integer: 'entero',
  number: 'numero',
  boolean: 'booleano',
  date: 'fecha',
  datetime: 'fecha_hora',
  text: 'texto',
};

const header = [
  'columna',
  'etiqueta',
  'descripcion',
  'tipo',
  'unidad',
  'formato',
  'valores_permitidos',
  'catalogo',
  'valores_faltantes',
  'ejemplo',
  'llave',
];

/**
 * The dictionary the package describes: one entry per column of the table,
 * in table order, taking what the ficha says about each and the column
 * catalog's label, type and unit where the ficha is silent.
 */
export function exportDictionary(
  dictionary: readonly DictionaryEntry[],
  columns: readonly ColumnRecord[],
): DictionaryEntry[] {
  const byName = new Map(dictionary.map((entry) => [entry.name, entry]));
  return columns.map((column) => {
    const entry = byName.get(column.name);
    const base = dictionaryEntrySchema.parse({
      name: column.name,
      label: column.label,
      description: column.description,
      type: column.type,
      unit: column.unit ?? '',
    });
    return entry ? { ...base, ...entry, type: column.type } : base;
  });
}

/** The data dictionary as CSV (UTF-8, RFC 4180), with Spanish machine-name headers. */
export function dictionaryCsv(entries: readonly DictionaryEntry[]): string {
  const rows = entries.map((entry) => [
    entry.name,
    entry.label,
    entry.description,
    typeNames[entry.type],
    entry.unit,
    entry.format,
    entry.allowedValues.join('|'),
    entry.codeList,
    entry.missingValues.join('|'),
    entry.example,
    entry.key ? 'si' : 'no',
  ]);
  return [header, ...rows].map((row) => row.map(quoteField).join(',')).join(CRLF) + CRLF;
}
