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
import { adoptTableFacts } from '../metadata/table-facts';
import { validateDataset } from '../metadata/validate-dataset';
import { recipeOf, recipeText } from '../recipes/recipe-file';
import type { Workspace } from '../workspace/workspace';
import { columnSummaries } from './column-summaries';
import { writeCsvFiles, writeXlsxFile } from './data-files';
import type { DataTarget } from './data-files';
import { exportDictionary } from './dictionary-csv';
import { recordExport } from './export-history';
import { measureFactsBeside } from './facts-beside';
import { writeWholeFile } from './package-file';
import type { WrittenFile } from './package-file';
import { fileUrl, packageFicha } from './package-ficha';
import type { DataFile } from './package-ficha';
import { metadataFiles, sha256sums } from './package-metadata';
import { PackageZip, zipDate } from './package-zip';
import { DEFAULT_UPLOAD_LIMIT } from './plan-export';

/** Thrown inside an export whose facts turned it into a draft after its data was written. */
const exportAgain = new Error('[export] the package is a draft after all; exporting again');

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
  // The first export of a table version measures its data-quality facts in
  // a helper thread while the CSV and zip are written; the ficha's own rules
  // decide at once whether to refuse, the facts' findings once they arrive.
  const beside = measureFactsBeside(workspace, dataset);
  let validation: ReturnType<typeof validateDataset>;
  let fichaRecord: ReturnType<typeof getFicha>;
  try {
    // Else validation first: the table facts' scan leaves auto-fill what it reads.
    validation = validateDataset(workspace, dataset.name, { fichaOnly: beside !== null });
    fichaRecord = getFicha(workspace, dataset.name);
  } catch (error) {
    await beside?.stop();
    throw error;
  }
  let errors = validation.counts.error;
  if (errors > 0 && !options.force) {
    await beside?.stop();
    throw new FichaError('EXPORT_HAS_ERRORS', { dataset: dataset.name, count: errors });
  }

  // A draft's name says so; with facts still to come this is a guess, checked below.
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

    if (beside) {
      const facts = await beside.done;
      if (facts) adoptTableFacts(workspace, dataset, facts);
      validation = validateDataset(workspace, dataset.name);
      errors = validation.counts.error;
      if (errors > 0 && !options.force) {
        throw new FichaError('EXPORT_HAS_ERRORS', { dataset: dataset.name, count: errors });
      }
      // Only the facts' findings made it a draft: its folder and entries need the other name.
      const isDraft = errors > 0;
      if (isDraft !== draft) throw exportAgain;
    }

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
    await beside?.stop();
    await zip?.abandon();
    rmSync(temp.folder, { recursive: true, force: true });
    rmSync(temp.zip, { force: true });
    // The facts are stored now, so this second pass knows the name from the start.
    if (error === exportAgain) return exportPackage(workspace, datasetRef, options);
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
