import path from 'node:path';
import type { Progress } from '../../../shared/import';
import { FichaError } from '../../../shared/errors';
import { datasetIdentifier } from '../../../shared/serialize/identifier';
import { quoteIdent } from '../db/quote';
import type { DatasetRecord } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';
import { writeTableCsv } from './csv-writer';
import { PackageFile, writeWholeFile } from './package-file';
import type { DataFile } from './package-ficha';
import type { PackageZip } from './package-zip';
import { MAX_SPLIT_PARTS } from './plan-export';
import { XLSX_MAX_ROWS, xlsxCopy } from './xlsx-copy';

/** Where and how the data files are written. */
export interface DataTarget {
  workspace: Workspace;
  dataset: DatasetRecord;
  /** The temporary folder the package is assembled in. */
  folder: string;
  /** The package folder's name, the prefix of zip entries. */
  prefix: string;
  zip: PackageZip | null;
  signal: AbortSignal;
  progress: (progress: Progress) => void;
}

/**
 * Writes the data as CSV, one file or one per value of the split column,
 * each streamed into the zip as it is written.
 */
export async function writeCsvFiles(target: DataTarget, splitBy?: string): Promise<DataFile[]> {
  const { dataset } = target;
  const parts = splitBy ? splitValues(target, splitBy) : [{ value: null, label: '' }];
  const files: DataFile[] = [];
  let before = 0;

  for (const part of parts) {
    const name = part.label
      ? `${dataset.name}-${datasetIdentifier(part.label, 'sin-valor')}.csv`
      : `${dataset.name}.csv`;
    const entry = target.zip?.entry(`${target.prefix}/${name}`) ?? null;
    const file = new PackageFile(name, path.join(target.folder, name), entry);
    try {
      const rows = await writeTableCsv(target.workspace, dataset, file, {
        selection: splitBy ? { column: splitBy, value: part.value } : undefined,
        signal: target.signal,
        onRows: (done) => report(target, before + done),
      });
      before += rows;
    } catch (error) {
      file.abandon();
      throw error;
    }
    files.push({ file: file.close(), format: 'csv', part: part.label });
  }
  return files;
}

/** Writes the XLSX copy, or nothing when the table passes Excel's row limit. */
export async function writeXlsxFile(target: DataTarget, date: Date): Promise<DataFile | null> {
  if (target.dataset.rowCount + 1 > XLSX_MAX_ROWS) {
    target.workspace.logger.warn(
      `[export] ${target.dataset.name} has more rows than Excel allows; no XLSX copy written`,
    );
    return null;
  }
  target.progress({ phase: 'export.xlsx', done: 0, total: 1, unit: 'files' });
  const name = `${target.dataset.name}.xlsx`;
  const bytes = xlsxCopy(target.workspace, target.dataset, date);
  const entry = target.zip?.entry(`${target.prefix}/${name}`) ?? null;
  const file = await writeWholeFile(name, path.join(target.folder, name), bytes, entry);
  return { file, format: 'xlsx', part: '' };
}

function report(target: DataTarget, done: number): void {
  target.progress({ phase: 'export.data', done, total: target.dataset.rowCount, unit: 'rows' });
}

/** The values of the split column in order, each with the label its file is named by. */
function splitValues(target: DataTarget, column: string) {
  const { dataset, workspace } = target;
  if (!dataset.columns.some((c) => c.name === column)) {
    throw new FichaError('COLUMN_NOT_FOUND', { dataset: dataset.name, column });
  }
  const values = workspace.db
    .prepare(
      `SELECT DISTINCT ${quoteIdent(column)} FROM ${quoteIdent(dataset.tableName)}
       ORDER BY ${quoteIdent(column)}`,
    )
    .pluck()
    .all() as unknown[];
  if (values.length > MAX_SPLIT_PARTS) {
    throw new FichaError('EXPORT_SPLIT_TOO_MANY', {
      column,
      count: values.length,
      limit: MAX_SPLIT_PARTS,
    });
  }
  return values.map((value) => ({
    value,
    label: value === null || value === '' ? 'sin valor' : String(value),
  }));
}
