import type { ExportedFile } from '../../../shared/api/export';
import type { Ficha } from '../../../shared/metadata/model';
import type { CatalogEntry } from '../../../shared/serialize/catalog';
import { datasetIdentifier } from '../../../shared/serialize/identifier';
import { listDatasets, getDataset } from '../datasets/catalog';
import { readDefaults } from '../metadata/defaults';
import { getFicha } from '../metadata/ficha-store';
import type { Workspace } from '../workspace/workspace';
import { exportDictionary } from './dictionary-csv';
import { listExports } from './export-history';
import { fileUrl, packageFicha } from './package-ficha';
import type { DataFile } from './package-ficha';

/**
 * A dataset's record as the serializers take it outside an export: its
 * ficha with the dictionary of its columns and, once it has been exported,
 * the distributions of its last package (sizes and checksums included).
 * A draft ficha not yet saved can stand in for the stored one (the preview).
 */
export function recordFicha(workspace: Workspace, datasetRef: string, draft?: Ficha): CatalogEntry {
  const dataset = getDataset(workspace, datasetRef);
  const stored = draft ?? getFicha(workspace, dataset.name).ficha;
  const urls = { pattern: readDefaults(workspace).urlPattern, dataset: dataset.name };
  const dictionaryFile = `${dataset.name}-diccionario.csv`;
  const last = listExports(workspace, dataset.name)[0];
  const dataFiles = last ? last.files.flatMap((file) => dataFileOf(file, dataset.name)) : [];

  const dictionary = exportDictionary(stored.dictionary, dataset.columns);
  const ficha = dataFiles.length > 0 ? packageFicha(stored, dataFiles, urls) : stored;
  return {
    ficha: { ...ficha, dictionary },
    options: {
      identifier: datasetIdentifier(stored.title, dataset.name),
      dictionaryURL: fileUrl(urls, dictionaryFile) || undefined,
    },
  };
}

/** Every dataset's record, in the workspace's order, for the catalog. */
export function catalogEntries(workspace: Workspace): CatalogEntry[] {
  return listDatasets(workspace).map((summary) => recordFicha(workspace, summary.name));
}

/** A data file of an earlier package, recognised by its name. */
function dataFileOf(file: ExportedFile, dataset: string): DataFile[] {
  if (!file.name.startsWith(dataset) || file.name.endsWith('-diccionario.csv')) return [];
  const match = /^(.*)\.(csv|xlsx)$/.exec(file.name);
  if (!match) return [];
  const rest = match[1].slice(dataset.length).replace(/^-/, '');
  return [{ file, format: match[2] as 'csv' | 'xlsx', part: rest }];
}
