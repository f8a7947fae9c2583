import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExportRecord } from '../../../shared/api/export';
import type { ExportedSerialization, ExportZip } from '../../../shared/api/package';
import { FichaError } from '../../../shared/errors';
import { listExports } from '../export/export-history';
import { ZipArchive } from '../import/workbook/zip-archive';
import { defaultLimits } from '../import/workbook/limits';
import type { Workspace } from '../workspace/workspace';

/** Zips past this size are opened from their folder, not sent through the interface. */
export const maxZipDownloadBytes = 512 * 1024 ** 2;

/**
 * One file of the last recorded export of a dataset, read from its package
 * folder or, when the folder is gone, from its zip. Only bytes whose SHA-256
 * matches the record are returned; null when there is no export yet or the
 * package holds no such file.
 */
export async function readExportedFile(
  workspace: Workspace,
  dataset: string,
  file: string,
): Promise<ExportedSerialization | null> {
  const record = listExports(workspace, dataset)[0];
  const recorded = record?.files.find((f) => f.name === file);
  if (!record || !recorded) return null;

  const bytes = readFolderCopy(record, file) ?? (await readZipCopy(record, file));
  const where = path.join(record.folder, file);
  if (!bytes) throw new FichaError('FILE_NOT_FOUND', { file: where });
  if (sha256(bytes) !== recorded.sha256) {
    throw new FichaError('FILE_UNREADABLE', { file: where, reason: changedReason });
  }
  return {
    exportId: record.id,
    exportedAt: record.exportedAt,
    version: record.version,
    draft: record.draft,
    file,
    text: bytes.toString('utf8'),
  };
}

/** The zip of a recorded export, checked against the SHA-256 recorded for it. */
export function readExportZip(workspace: Workspace, dataset: string, exportId: number): ExportZip {
  const record = listExports(workspace, dataset).find((r) => r.id === exportId);
  if (!record?.zip) {
    throw new FichaError('FILE_NOT_FOUND', { file: record ? record.folder : `#${exportId}` });
  }

  const size = fileSize(record.zip);
  if (size === null) throw new FichaError('FILE_NOT_FOUND', { file: record.zip });
  if (size > maxZipDownloadBytes) {
    const reason = 'it is too large to download through the interface; open it from its folder';
    throw new FichaError('FILE_UNREADABLE', { file: record.zip, reason });
  }

  const bytes = readFileSync(record.zip);
  const digest = sha256(bytes);
  if (digest !== record.zipSha256) {
    throw new FichaError('FILE_UNREADABLE', { file: record.zip, reason: changedReason });
  }
  return {
    name: path.basename(record.zip),
    bytes: size,
    sha256: digest,
    base64: bytes.toString('base64'),
  };
}

const changedReason = 'it changed after the export (its SHA-256 differs from the recorded one)';

function readFolderCopy(record: ExportRecord, file: string): Buffer | null {
  try {
    return readFileSync(path.join(record.folder, file));
  } catch {
    return null;
  }
}

async function readZipCopy(record: ExportRecord, file: string): Promise<Buffer | null> {
  if (!record.zip || fileSize(record.zip) === null) return null;
  const archive = await ZipArchive.open(record.zip, defaultLimits);
  try {
    const name = `${path.basename(record.folder)}/${file}`;
    if (!archive.has(name)) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of archive.bytes(name)) chunks.push(chunk);
    return Buffer.concat(chunks);
  } finally {
    archive.close();
  }
}

function fileSize(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
