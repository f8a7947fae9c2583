import { statSync } from 'node:fs';
import path from 'node:path';
import { FichaError } from '../../../../shared/errors';
import type { ImportOptions, ImportResult, Progress } from '../../../../shared/import';
import type { CellValue, ImportWarning } from '../../../../shared/table';
import { datasetNamePattern, uniqueDatasetName } from '../../datasets/names';
import { beginDatasetWrite } from '../../datasets/writer';
import type { DatasetWriter } from '../../datasets/writer';
import { quoteIdent } from '../../db/quote';
import type { Logger } from '../../logger';
import type { Workspace } from '../../workspace/workspace';
import { readEmbeddedMetadata } from '../embedded';
import { finalizeColumns } from './finalize-columns';
import { createAssembler, prepareTable, streamTable } from './read-table';
import type { PreparedTable, ReadControls } from './read-table';
import { settleUndecided } from './settle-undecided';
import { startSplitReading, worthTwoThreads } from './split-reading';
import { dropWarmTailWorker, warmUpTailWorker } from './tail-worker';
import type { SplitSettings } from './split-reading';
import { storeSource } from './store-source';
import type { AssembledTable } from './table-assembler';

/** What an import run needs besides the file: a way to stop, report and log. */
export interface ImportControls extends ReadControls {
  logger: Logger;
  /** Reading a large text file in two threads: when (defaults) or never (false). */
  split?: SplitSettings | false;
}

/**
 * Imports one sheet of a file into the workspace as a new dataset. Rows
 * stream from the reader through the column plan into a staging table,
 * the original bytes are kept with their SHA-256, and the dataset appears
 * only when everything has been read: a failure or a cancel leaves the
 * workspace as it was.
 */
export async function importFile(
  workspace: Workspace,
  file: string,
  options: ImportOptions,
  controls: ImportControls,
): Promise<ImportResult> {
  const started = Date.now();
  const name = chooseName(workspace, file, options);
  const progress = combinedProgress(controls.progress);
  // A file large enough to be read in two threads may start the second one
  // now, so that it has loaded by the time the table is detected.
  if (worthTwoThreads(fileSize(file), controls.split)) warmUpTailWorker();
  const table = await prepareTable(file, options, {
    ...controls,
    progress: progress.own,
    keepBytes: true,
  }).catch((error: unknown) => {
    dropWarmTailWorker();
    throw error;
  });
  controls.logger.info('[import] started', {
    format: table.reader.format,
    columns: table.columns.length,
  });

  let writer: DatasetWriter | null = null;
  try {
    writer = beginDatasetWrite(workspace, { columns: table.columns, file: path.basename(file) });
    const result = await writeDataset(workspace, writer, table, name, options, {
      ...controls,
      progress: progress.own,
      tailProgress: progress.tail,
    });
    controls.logger.info('[import] finished', {
      rows: result.rows,
      columns: result.columns.length,
      warnings: result.warnings.length,
      ms: Date.now() - started,
    });
    return result;
  } catch (error) {
    writer?.abort();
    controls.logger.info('[import] stopped; nothing was kept', { ms: Date.now() - started });
    throw error;
  } finally {
    dropWarmTailWorker();
    await table.reader.close();
  }
}

/** A file's size, or 0 when it cannot be read (the import then says why). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Progress as reported to the caller: the rows phase of a split file adds
 * the bytes the second thread has read to those of the first.
 */
function combinedProgress(report: ((p: Progress) => void) | undefined) {
  let tailBytes = 0;
  let last: Progress | null = null;
  const own = report
    ? (p: Progress) => {
        if (p.phase === 'rows') last = p;
        report(p.phase === 'rows' ? { ...p, done: p.done + tailBytes } : p);
      }
    : undefined;
  const tail = (bytes: number) => {
    tailBytes = bytes;
    if (last && report) report({ ...last, done: last.done + tailBytes });
  };
  return { own, tail };
}

async function writeDataset(
  workspace: Workspace,
  writer: DatasetWriter,
  table: PreparedTable,
  name: string,
  options: ImportOptions,
  controls: ImportControls & { tailProgress: (bytes: number) => void },
): Promise<ImportResult> {
  const { signal, progress } = controls;
  const file = table.reader.file;
  const assembler = createAssembler(table, options);
  // A text file's bytes are stored and hashed as its rows are read (one
  // read); a workbook's are read apart, since its reader skips around.
  const add = (bytes: Uint8Array) => writer.addSourceChunk(bytes);
  const tapped = table.reader.tapBytes?.(add) ?? false;
  if (!tapped) await storeSource(file, add, signal, progress);
  const split =
    controls.split === false || !tapped
      ? null
      : await startSplitReading(table, options, {
          writer,
          assembler,
          signal,
          settings: controls.split ?? {},
          progress: controls.tailProgress,
          storeRest: (offset) => storeSource(file, add, signal, progress, offset),
        });

  let assembled: AssembledTable;
  try {
    const write = (rows: CellValue[][]) => writer.insertRows(rows);
    assembled = await streamTable(table, options, signal, write, assembler);
    if (split?.joined) controls.logger.info('[import] read in two threads', { from: split.offset });
  } finally {
    await split?.close();
  }
  if (signal.aborted) throw new FichaError('CANCELLED');
  const source = writer.finishSource();
  settleUndecided(table.columns, assembled.stats, { workspace, table: writer.stagingTable });
  const metadata = await readEmbeddedMetadata(table.reader, signal);
  const final = finalizeColumns(table.columns, assembled.stats, table.sheet.name);
  if (signal.aborted) throw new FichaError('CANCELLED');

  storeAsText(workspace, writer.stagingTable, final.toText);
  const notes = [...table.layout.titleNotes, ...assembled.notes];
  const warnings: ImportWarning[] = [
    ...(table.reader.warnings?.() ?? []),
    ...table.warnings,
    ...assembled.warnings,
    ...final.warnings,
  ];
  const region = {
    ...table.layout.region,
    dataRows: assembled.dataRows,
    noteRows: assembled.noteRows,
    totalRows: assembled.totalRows,
  };

  writer.commit({
    name,
    notes,
    warnings,
    settings: {
      format: table.reader.format,
      sheet: table.sheet.name,
      encoding: table.reader.encoding,
      delimiter: table.reader.delimiter,
      decimal: table.decimal,
      region,
      options,
    },
    source: {
      fileName: path.basename(file),
      size: source.size,
      sha256: source.sha256,
      format: table.reader.format,
    },
    embeddedMetadata: metadata,
    columns: final.columns.map((column, position) => ({
      name: column.name,
      label: column.label,
      type: column.type,
      position,
      mismatches: column.mismatches,
      unit: column.unit ?? null,
    })),
  });

  return {
    dataset: name,
    rows: assembled.rows,
    columns: final.columns.map(({ name: column, label, type, mismatches }) => ({
      name: column,
      label,
      type,
      mismatches,
    })),
    encoding: table.reader.encoding,
    delimiter: table.reader.delimiter,
    sheet: table.sheet.name,
    notes,
    warnings,
    metadata,
    sha256: source.sha256,
  };
}

/** The dataset's name: the one asked for, checked early, or one derived from the file. */
function chooseName(workspace: Workspace, file: string, options: ImportOptions): string {
  if (options.name === undefined) {
    return uniqueDatasetName(workspace, path.basename(file, path.extname(file)));
  }
  if (!datasetNamePattern.test(options.name)) {
    throw new FichaError('OPTION_INVALID', {
      option: '--name',
      reason: `«${options.name}»: use a-z, 0-9, _ and -`,
    });
  }
  if (workspace.db.prepare('SELECT 1 FROM datasets WHERE name = ?').get(options.name)) {
    throw new FichaError('DATASET_EXISTS', { dataset: options.name });
  }
  return options.name;
}

/** Columns that turned out to be text: the numbers stored early become text too. */
function storeAsText(workspace: Workspace, table: string, columns: readonly string[]): void {
  if (columns.length === 0) return;
  const db = workspace.db;
  db.transaction(() => {
    for (const column of columns) {
      const q = quoteIdent(column);
      db.exec(
        `UPDATE ${quoteIdent(table)} SET ${q} = CAST(${q} AS TEXT) ` +
          `WHERE typeof(${q}) IN ('integer', 'real')`,
      );
    }
  }).immediate();
}
