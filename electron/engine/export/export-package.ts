import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../../shared/api/export';
import { FichaError, isFichaError } from '../../../shared/errors';
import type { Progress } from '../../../shared/import';
import { datasetIdentifier } from '../../../shared/serialize/identifier';
import { getDataset } from '../datasets/catalog';
import type { DatasetRecord } from '../datasets/catalog';
import { readDefaults } from '../metadata/defaults';
import { getFicha } from '../metadata/ficha-store';
import { validateDataset } from '../metadata/validate-dataset';
import { recipeOf, recipeText } from '../recipes/recipe-file';
import type { Workspace } from '../workspace/workspace';
import { columnSummaries } from './column-summaries';
import { writeCsvFiles, writeXlsxFile } from './data-files';
import type { DataTarget } from './data-files';
import { exportDictionary } from './dictionary-csv';
import { recordExport } from './export-history';
import { writeWholeFile } from './package-file';
import type { WrittenFile } from './package-file';
import { fileUrl, packageFicha } from './package-ficha';
import type { DataFile } from './package-ficha';
import { metadataFiles, sha256sums } from './package-metadata';
import { PackageZip, zipDate } from './package-zip';
import { DEFAULT_UPLOAD_LIMIT } from './plan-export';

/** The choices of one export. */
export interface ExportOptions {
  out: string;
  zip?: boolean;
  xlsx?: boolean;
  /** Export over validation errors; the package is then a draft. */
  force?: boolean;
  splitBy?: string;
  maxBytes?: number;
  signal?: AbortSignal;
  progress?: (progress: Progress) => void;
}

/**
 * Writes the upload-ready package of a dataset: the data, its dictionary,
 * every serialization, the readable ficha, the recipe, the validation
 * report and SHA256SUMS, in DIR/<dataset>-v<version>/ and optionally a zip.
 * Everything is written under temporary names and renamed at the end, so
 * an interrupted export leaves no half package.
 */
export async function exportPackage(
  workspace: Workspace,
  datasetRef: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const started = Date.now();
  const dataset = getDataset(workspace, datasetRef);
  // Validation first: the table facts' scan leaves auto-fill what it reads.
  const validation = validateDataset(workspace, dataset.name);
  const fichaRecord = getFicha(workspace, dataset.name);
  const errors = validation.counts.error;
  if (errors > 0 && !options.force) {
    throw new FichaError('EXPORT_HAS_ERRORS', { dataset: dataset.name, count: errors });
  }

  const draft = errors > 0;
  const version = fichaRecord.ficha.version.trim().replace(/[^A-Za-z0-9._-]+/g, '-') || '1';
  const prefix = `${dataset.name}-v${version}${draft ? '-borrador' : ''}`;
  const last = [dataset.updatedAt, fichaRecord.updatedAt ?? ''].sort().at(-1) ?? '';
  const date = zipDate(last);
  const temp = temporaryPaths(options.out, prefix);
  workspace.logger.info(`[export] exporting ${dataset.name} to ${prefix}`);

  const zip = options.zip ? new PackageZip(temp.zip, date, { logger: workspace.logger }) : null;
  const signal = options.signal ?? new AbortController().signal;
  const target: DataTarget = {
    workspace,
    dataset,
    folder: temp.folder,
    prefix,
    zip,
    signal,
    progress: options.progress ?? (() => {}),
  };

  try {
    const dataFiles = await writeCsvFiles(target, options.splitBy);
    const xlsx = options.xlsx ? await writeXlsxFile(target, date) : null;
    if (xlsx) dataFiles.push(xlsx);

    const files = await writeMetadata(target, dataFiles, validation, draft, fichaRecord.ficha);
    const zipFile = zip ? await zip.finish(`${prefix}.zip`) : null;
    if (signal.aborted) throw new FichaError('CANCELLED');
    ensureUnchanged(workspace, dataset);

    const folder = path.join(options.out, prefix);
    const zipPath = zip ? path.join(options.out, `${prefix}.zip`) : null;
    replace(temp.folder, folder);
    if (zipPath) replace(temp.zip, zipPath);

    const limit = options.maxBytes ?? DEFAULT_UPLOAD_LIMIT;
    const oversize = dataFiles.filter((d) => d.file.bytes > limit).map((d) => d.file.name);
    const exportId = workspace.readOnly
      ? null
      : recordExport(workspace, {
          datasetId: dataset.id,
          version: fichaRecord.ficha.version,
          folder,
          zip: zipFile,
          zipPath,
          draft,
          rows: dataset.rowCount,
          revision: dataset.revision,
          files,
        });
    workspace.logger.info(
      `[export] exported ${dataset.name}: ${dataset.rowCount} rows, ${files.length} files ` +
        `in ${Date.now() - started} ms`,
    );
    return {
      dataset: dataset.name,
      folder,
      zip: zipFile,
      zipPath,
      draft,
      rows: dataset.rowCount,
      files,
      errors,
      warnings: validation.counts.warning,
      oversize,
      exportId,
    };
  } catch (error) {
    await zip?.abandon();
    rmSync(temp.folder, { recursive: true, force: true });
    rmSync(temp.zip, { force: true });
    if (signal.aborted && !isFichaError(error)) throw new FichaError('CANCELLED');
    if (!isFichaError(error))
      workspace.logger.error(`[export] export of ${dataset.name} failed`, error);
    throw error;
  }
}

/** Writes the dictionary, the serializations, the page, recipe, report and sums. */
async function writeMetadata(
  target: DataTarget,
  dataFiles: DataFile[],
  validation: ReturnType<typeof validateDataset>,
  draft: boolean,
  storedFicha: ReturnType<typeof getFicha>['ficha'],
): Promise<WrittenFile[]> {
  const { workspace, dataset } = target;
  target.progress({ phase: 'export.metadata', done: 0, total: 1, unit: 'files' });
  const urls = { pattern: readDefaults(workspace).urlPattern, dataset: dataset.name };
  const dictionaryFile = `${dataset.name}-diccionario.csv`;
  const ficha = packageFicha(storedFicha, dataFiles, urls);

  const contents = metadataFiles({
    ficha,
    identifier: datasetIdentifier(storedFicha.title, dataset.name),
    dictionary: exportDictionary(storedFicha.dictionary, dataset.columns),
    dictionaryFile,
    dictionaryURL: fileUrl(urls, dictionaryFile),
    dataFiles,
    rows: dataset.rowCount,
    ...columnSummaries(workspace, dataset),
    recipe: recipeText(recipeOf(workspace, dataset.name)),
    validation,
    draft,
  });

  // Entries after the data go in name order, SHA256SUMS among them.
  const buffers = new Map([...contents].map(([name, text]) => [name, Buffer.from(text, 'utf8')]));
  const sums = sha256sums([
    ...dataFiles.map((d) => d.file),
    ...[...buffers].map(([name, bytes]) => ({ name, sha256: hashOf(bytes) })),
  ]);
  buffers.set('SHA256SUMS', Buffer.from(sums, 'utf8'));

  const written = dataFiles.map((d) => d.file);
  for (const name of [...buffers.keys()].sort()) {
    if (target.signal.aborted) throw new FichaError('CANCELLED');
    const entry = target.zip?.entry(`${target.prefix}/${name}`) ?? null;
    const bytes = buffers.get(name)!;
    written.push(await writeWholeFile(name, path.join(target.folder, name), bytes, entry));
  }
  return written;
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The temporary folder and zip beside the final ones, created empty. */
function temporaryPaths(out: string, prefix: string): { folder: string; zip: string } {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const folder = path.join(out, `.${prefix}.tmp-${tag}`);
  try {
    mkdirSync(out, { recursive: true });
    mkdirSync(folder);
  } catch (error) {
    throw new FichaError('EXPORT_TARGET_UNWRITABLE', {
      file: out,
      reason: (error as Error).message,
    });
  }
  return { folder, zip: path.join(out, `.${prefix}.zip.tmp-${tag}`) };
}

/** Moves the new package in place, replacing an earlier export of the same version. */
function replace(from: string, to: string): void {
  if (!existsSync(to)) {
    renameSync(from, to);
    return;
  }
  const old = `${to}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
  renameSync(to, old);
  renameSync(from, to);
  rmSync(old, { recursive: true, force: true });
}

function ensureUnchanged(workspace: Workspace, dataset: DatasetRecord): void {
  const now = getDataset(workspace, dataset.id);
  if (now.revision !== dataset.revision) {
    throw new FichaError('EXPORT_DATASET_CHANGED', { dataset: dataset.name });
  }
}
