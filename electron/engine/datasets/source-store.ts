import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Workspace } from '../workspace/workspace';

/** Size of the pieces a source file's bytes are stored in. */
export const SOURCE_CHUNK_SIZE = 4 * 1024 * 1024;

/** Collects a source file's bytes into 4 MiB rows of source_chunks as they stream in. */
export interface SourceBytesWriter {
  readonly sourceId: string;
  readonly size: number;
  add(bytes: Uint8Array): void;
  /** Writes what is still buffered; returns the SHA-256 of all bytes added. */
  finish(): string;
}

/**
 * Starts storing a source file's bytes under `sourceId`. Until a `sources`
 * row with that id exists the chunks are orphans, which opening the
 * workspace deletes: a crashed import leaves nothing behind.
 */
export function sourceBytesWriter(workspace: Workspace, sourceId: string): SourceBytesWriter {
  const insert = workspace.db.prepare(
    'INSERT INTO source_chunks (source_id, seq, bytes) VALUES (?, ?, ?)',
  );
  const hash: Hash = createHash('sha256');
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let seq = 0;
  let size = 0;
  let digest: string | null = null;

  const flush = (all: boolean) => {
    if (pendingSize < SOURCE_CHUNK_SIZE && !(all && pendingSize > 0)) return;
    const joined = Buffer.concat(pending, pendingSize);
    let start = 0;
    while (joined.length - start >= SOURCE_CHUNK_SIZE || (all && start < joined.length)) {
      const end = Math.min(start + SOURCE_CHUNK_SIZE, joined.length);
      insert.run(sourceId, seq++, joined.subarray(start, end));
      start = end;
    }
    const rest = joined.subarray(start);
    pending = rest.length > 0 ? [Buffer.from(rest)] : [];
    pendingSize = rest.length;
  };

  return {
    sourceId,
    get size() {
      return size;
    },
    add(bytes) {
      if (digest !== null) throw new Error('[datasets] source bytes added after finish');
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      hash.update(buffer);
      pending.push(Buffer.from(buffer));
      pendingSize += buffer.length;
      size += buffer.length;
      flush(false);
    },
    finish() {
      if (digest === null) {
        flush(true);
        digest = hash.digest('hex');
      }
      return digest;
    },
  };
}

/** Whether the workspace holds the bytes of a source (not only its name and hash). */
export function hasSourceBytes(workspace: Workspace, sourceId: string): boolean {
  return !!workspace.db.prepare('SELECT 1 FROM source_chunks WHERE source_id = ?').get(sourceId);
}

/**
 * Streams a stored source file's bytes back, one chunk at a time, so a
 * replay can read a large original with flat memory.
 */
export function readSourceBytes(workspace: Workspace, sourceId: string): Readable {
  const select = workspace.db.prepare(
    'SELECT bytes FROM source_chunks WHERE source_id = ? AND seq = ?',
  );
  let seq = 0;
  return new Readable({
    read() {
      const bytes = select.pluck().get(sourceId, seq++) as Buffer | undefined;
      this.push(bytes ?? null);
    },
  });
}
