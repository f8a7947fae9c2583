import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { DictionaryImport } from '../../../shared/api/metadata';
import { FichaError } from '../../../shared/errors';
import { matchEmbedded } from '../../../shared/metadata/embedded';
import { dictionaryEntrySchema } from '../../../shared/metadata/model';
import type { DictionaryEntry } from '../../../shared/metadata/model';
import { columnTypes } from '../../../shared/table';
import type { ColumnType } from '../../../shared/table';
import { foldText } from '../../../shared/vocabularies/fold';
import { getDataset } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';
import { getFicha, writeFicha } from './ficha-store';

/** Header names a dictionary CSV may use, in English or Spanish. */
const headerAliases: Record<string, keyof CsvEntry> = {
  name: 'name',
  nombre: 'name',
  campo: 'name',
  variable: 'name',
  columna: 'name',
  mnemonico: 'name',
  description: 'description',
  descripcion: 'description',
  label: 'label',
  etiqueta: 'label',
  type: 'type',
  tipo: 'type',
  unit: 'unit',
  unidad: 'unit',
  'unidad de medida': 'unit',
};

interface CsvEntry {
  name: string;
  description: string;
  label?: string;
  type?: string;
  unit?: string;
}

/** Spanish and English type words a dictionary CSV may use. */
const typeWords: Record<string, ColumnType> = {
  entero: 'integer',
  numero: 'number',
  numerico: 'number',
  decimal: 'number',
  texto: 'text',
  cadena: 'text',
  string: 'text',
  fecha: 'date',
  logico: 'boolean',
  booleano: 'boolean',
};

/** Replaces dictionary entries by column name; each given entry becomes the person's. */
export function setDictionary(
  workspace: Workspace,
  dataset: string,
  entries: DictionaryEntry[],
): DictionaryEntry[] {
  const record = getDataset(workspace, dataset);
  const ficha = getFicha(workspace, record.name).ficha;
  const given = new Map(entries.map((e) => [e.name, dictionaryEntrySchema.parse(e)]));
  const kept = ficha.dictionary.filter((e) => !given.has(e.name));
  const known = new Set(record.columns.map((c) => c.name));
  const ordered = [...kept, ...given.values()].sort(
    (a, b) => position(record, a.name, known) - position(record, b.name, known),
  );
  ficha.dictionary = ordered;
  for (const name of given.keys()) ficha.sources[`dictionary.${name}`] = 'person';
  writeFicha(workspace, record, ficha, 'dictionary.set');
  return getFicha(workspace, record.name).ficha.dictionary;
}

function position(record: ReturnType<typeof getDataset>, name: string, known: Set<string>): number {
  return known.has(name) ? record.columns.findIndex((c) => c.name === name) : Infinity;
}

/**
 * Reads a data dictionary CSV (name, description and optionally label,
 * type, unit; Spanish headers accepted) and merges it into the ficha,
 * matching names to columns as loosely as embedded sheets.
 */
export function importDictionary(
  workspace: Workspace,
  dataset: string,
  file: string,
): DictionaryImport {
  const record = getDataset(workspace, dataset);
  const rows = readCsv(file);
  const match = matchEmbedded({ fields: [], dictionary: rows, sheets: [] }, record.columns);
  const current = new Map(
    getFicha(workspace, record.name).ficha.dictionary.map((e) => [e.name, e]),
  );

  const updated: DictionaryEntry[] = [];
  match.entries.forEach((m, i) => {
    if (!m.column) return;
    const row = rows[i];
    const base = current.get(m.column) ?? dictionaryEntrySchema.parse({ name: m.column });
    updated.push({
      ...base,
      description: row.description || base.description,
      label: row.label || base.label,
      type: typeOf(row.type) ?? base.type,
      unit: row.unit || base.unit,
    });
  });

  const entries = setDictionary(workspace, record.name, updated);
  workspace.logger.info(
    `[metadata] imported a dictionary for ${record.name}: ${updated.length} of ${rows.length} entries matched`,
  );
  return { entries, unmatched: match.unmatchedEntries, undescribed: match.undescribedColumns };
}

function readCsv(file: string): CsvEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FichaError('FILE_NOT_FOUND', { file });
    throw new FichaError('FILE_UNREADABLE', { file, reason: String(code ?? error) });
  }
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => headerAliases[foldText(h)] ?? foldText(h),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('name') || !fields.includes('description')) {
    throw new FichaError('FILE_UNREADABLE', {
      file,
      reason: 'a dictionary CSV needs the columns name and description',
    });
  }
  return parsed.data
    .filter((row) => (row.name ?? '').trim() !== '')
    .map((row) => ({
      name: row.name.trim(),
      description: (row.description ?? '').trim(),
      label: row.label?.trim(),
      type: row.type?.trim(),
      unit: row.unit?.trim(),
    }));
}

function typeOf(text: string | undefined): ColumnType | undefined {
  if (!text) return undefined;
  const folded = foldText(text);
  if ((columnTypes as readonly string[]).includes(folded)) return folded as ColumnType;
  return typeWords[folded];
}
