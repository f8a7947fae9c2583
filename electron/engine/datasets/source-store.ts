import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Workspace } from '../workspace/workspace';
import { packSourcePiece, unpackSourcePiece } from './source-codec';

/** Size of the pieces a source file's bytes are stored in. */
export const SOURCE_CHUNK_SIZE = 4 * 1024 * 1024;

/**
 * Collects a source file's bytes into rows of source_chunks, one per 4 MiB
 * of the original, each compressed where that pays (source-codec.ts).
 */
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
    'INSERT INTO source_chunks (source_id, seq, bytes, codec) VALUES (?, ?, ?, ?)',
  );
  const hash: Hash = createHash('sha256');
  // One chunk-sized buffer, filled and written over and over: each byte is
  // copied once on its way to SQLite (which copies what it is bound to).
  let chunk: Buffer | null = null;
  let filled = 0;
  let seq = 0;
  let size = 0;
  let digest: string | null = null;

  const write = (raw: Buffer) => {
    const { bytes, codec } = packSourcePiece(raw);
    insert.run(sourceId, seq++, bytes, codec);
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
      size += buffer.length;
      let at = 0;
      while (at < buffer.length) {
        chunk ??= Buffer.allocUnsafe(SOURCE_CHUNK_SIZE);
        const copied = buffer.copy(chunk, filled, at);
        filled += copied;
        at += copied;
        if (filled === SOURCE_CHUNK_SIZE) {
          write(chunk);
          filled = 0;
        }
      }
    },
    finish() {
      if (digest === null) {
        if (chunk && filled > 0) write(chunk.subarray(0, filled));
        chunk = null;
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
    'SELECT bytes, codec FROM source_chunks WHERE source_id = ? AND seq = ?',
  );
  let seq = 0;
  return new Readable({
    read() {
      const piece = select.get(sourceId, seq++) as
        { bytes: Buffer; codec: string | null } | undefined;
      this.push(piece ? unpackSourcePiece(piece.bytes, piece.codec) : null);
    },
  });
}
