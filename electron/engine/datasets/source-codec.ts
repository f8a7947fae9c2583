import type Database from 'better-sqlite3';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** How a stored piece of an original file is encoded: as it was, or Brotli. */
export type SourceCodec = null | 'br';

/**
 * Below this share of its size a compressed piece is kept compressed;
 * workbooks (already zip files) barely shrink and are kept as they are.
 */
const worthKeeping = 0.9;

/**
 * Encodes one piece of an original file for the workspace. Brotli at its
 * fastest setting turns the 114 MB benchmark CSV into 13 MB in about a
 * third of a second, less time than SQLite takes to write the difference;
 * government CSVs compress about as well, so a workspace that keeps its
 * originals stays small enough to send or share.
 */
export function packSourcePiece(raw: Buffer): { bytes: Buffer; codec: SourceCodec } {
  const packed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  return packed.length <= raw.length * worthKeeping
    ? { bytes: packed, codec: 'br' }
    : { bytes: raw, codec: null };
}

/** The original bytes of a stored piece. */
export function unpackSourcePiece(bytes: Buffer, codec: string | null): Buffer {
  if (codec === null) return bytes;
  if (codec === 'br') return brotliDecompressSync(bytes);
  // A newer Ficha would have raised the schema version; this is a bug or a damaged file.
  throw new Error(`[datasets] unknown source codec ${codec}`);
}

/** The migration that lets pieces of an original be stored compressed (schema version 8). */
export function migrateSourceCodec(db: Database.Database): void {
  db.exec('ALTER TABLE source_chunks ADD COLUMN codec TEXT');
}
