import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { FichaError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { getDataset } from './catalog';
import { hasSourceBytes, readSourceBytes } from './source-store';

/** The original file written back out of the workspace. */
export interface WrittenOriginal {
  /** Where it was written. */
  file: string;
  /** Its name when it was imported. */
  fileName: string;
  size: number;
  sha256: string;
}

/**
 * Writes the file a dataset was imported from, as the workspace keeps it,
 * to `out` (a file, or a folder to write it into under its own name): for
 * a reviewer who wants to see the original, or to replay the recipe on it
 * with `ficha update` once the shared folder it came from has moved on.
 * The bytes are checked against the size and SHA-256 recorded at import
 * before the file appears; a damaged copy leaves nothing behind.
 */
export async function writeOriginal(
  workspace: Workspace,
  datasetName: string,
  out: string,
  signal?: AbortSignal,
): Promise<WrittenOriginal> {
  const source = keptSource(workspace, datasetName);
  const target =
    existsSync(out) && statSync(out).isDirectory() ? path.join(out, source.fileName) : out;
  const partial = `${target}.${randomBytes(4).toString('hex')}.part`;
  const hash = createHash('sha256');
  let size = 0;
  const check = new Transform({
    transform(piece: Buffer, _encoding, done) {
      hash.update(piece);
      size += piece.length;
      done(null, piece);
    },
  });

  try {
    await pipeline(readSourceBytes(workspace, source.id), check, createWriteStream(partial), {
      signal,
    });
    const sha256 = hash.digest('hex');
    checkCopy(source, size, sha256, datasetName);
    renameSync(partial, target);
    return { file: target, fileName: source.fileName, size, sha256 };
  } catch (error) {
    rmSync(partial, { force: true });
    if (signal?.aborted) throw new FichaError('CANCELLED');
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) {
      throw new FichaError('OUTPUT_NOT_WRITABLE', { file: target, reason: code });
    }
    throw error;
  }
}

/** The original file as a download for the app (its bytes in base64), checked like writeOriginal. */
export async function originalDownload(
  workspace: Workspace,
  datasetName: string,
): Promise<{ name: string; mediaType: string; base64: string }> {
  const source = keptSource(workspace, datasetName);
  const pieces: Buffer[] = [];
  for await (const piece of readSourceBytes(workspace, source.id)) pieces.push(piece as Buffer);
  const bytes = Buffer.concat(pieces);
  checkCopy(source, bytes.length, createHash('sha256').update(bytes).digest('hex'), datasetName);
  const extension = path.extname(source.fileName).toLowerCase();
  return {
    name: source.fileName,
    mediaType: mediaTypes[extension] ?? 'application/octet-stream',
    base64: bytes.toString('base64'),
  };
}

interface KeptSource {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
}

const mediaTypes: Record<string, string> = {
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.txt': 'text/plain',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.12',
  '.xls': 'application/vnd.ms-excel',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The source row of a dataset whose bytes the workspace keeps, or SOURCE_NOT_KEPT. */
function keptSource(workspace: Workspace, datasetName: string): KeptSource {
  const record = getDataset(workspace, datasetName);
  const source = record.sourceId
    ? (workspace.db
        .prepare('SELECT id, file_name AS fileName, size, sha256 FROM sources WHERE id = ?')
        .get(record.sourceId) as KeptSource | undefined)
    : undefined;
  if (!source || !hasSourceBytes(workspace, source.id)) {
    throw new FichaError('SOURCE_NOT_KEPT', { dataset: datasetName });
  }
  return source;
}

function checkCopy(source: KeptSource, size: number, sha256: string, datasetName: string): void {
  if (size !== source.size || sha256 !== source.sha256) {
    throw new FichaError('SOURCE_DAMAGED', { dataset: datasetName, file: source.fileName });
  }
}
