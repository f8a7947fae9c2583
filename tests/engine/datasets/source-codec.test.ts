import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourceBytes } from '../../../electron/engine/datasets/source-store';
import { packSourcePiece, unpackSourcePiece } from '../../../electron/engine/datasets/source-codec';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { SCHEMA_VERSION } from '../../../electron/engine/db/schema';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { sampleColumns, tempFolder } from '../workspace/temp-folder';

const temp = tempFolder();
afterAll(temp.cleanup);

const finalColumns = sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 }));

/** Imports `bytes` as the source of a dataset and returns its source id. */
function storeSource(workspace: Workspace, name: string, bytes: Buffer): string {
  const writer = beginDatasetWrite(workspace, { columns: sampleColumns });
  for (let at = 0; at < bytes.length; at += 1_000_000) {
    writer.addSourceChunk(bytes.subarray(at, at + 1_000_000));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const record = writer.commit({
    name,
    columns: finalColumns,
    source: { fileName: `${name}.csv`, size: bytes.length, sha256, format: 'csv' },
  });
  return record.sourceId!;
}

async function readBack(workspace: Workspace, sourceId: string): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of readSourceBytes(workspace, sourceId)) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}

function csvText(bytes: number): Buffer {
  const lines: string[] = [];
  for (let n = 0, size = 0; size < bytes; n++) {
    const line = `${String(n % 32).padStart(2, '0')},Estado ${n % 32},${2000 + (n % 25)},${(n * 1.37).toFixed(2)}\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join('')).subarray(0, bytes);
}

describe('original files kept compressed', () => {
  it('stores text compressed and gives back the same bytes', async () => {
    const ws = createWorkspace(join(temp.dir, 'texto.ficha'));
    const bytes = csvText(9 * 1024 * 1024 + 5);
    const sourceId = storeSource(ws, 'texto', bytes);

    const pieces = ws.db
      .prepare(
        'SELECT codec, length(bytes) AS size FROM source_chunks WHERE source_id = ? ORDER BY seq',
      )
      .all(sourceId) as { codec: string | null; size: number }[];
    expect(pieces.map((p) => p.codec)).toEqual(['br', 'br', 'br']);
    const stored = pieces.reduce((sum, p) => sum + p.size, 0);
    expect(stored).toBeLessThan(bytes.length / 4);
    expect((await readBack(ws, sourceId)).equals(bytes)).toBe(true);
    ws.close();
  });

  it('keeps bytes that do not shrink (a workbook is a zip already) as they are', async () => {
    const ws = createWorkspace(join(temp.dir, 'azar.ficha'));
    const bytes = randomBytes(5 * 1024 * 1024);
    const sourceId = storeSource(ws, 'azar', bytes);

    const codecs = ws.db
      .prepare('SELECT codec FROM source_chunks WHERE source_id = ? ORDER BY seq')
      .pluck()
      .all(sourceId);
    expect(codecs).toEqual([null, null]);
    expect((await readBack(ws, sourceId)).equals(bytes)).toBe(true);
    ws.close();
  });

  it('packs and unpacks one piece, and refuses a codec it does not know', () => {
    const raw = csvText(100_000);
    const packed = packSourcePiece(raw);
    expect(packed.codec).toBe('br');
    expect(unpackSourcePiece(packed.bytes, packed.codec).equals(raw)).toBe(true);
    expect(() => unpackSourcePiece(raw, 'zstd')).toThrow(/unknown source codec/);
  });

  it('reads the uncompressed originals of a workspace from before migration 8', async () => {
    const file = join(temp.dir, 'antiguo.ficha');
    const ws = createWorkspace(file);
    const bytes = csvText(3 * 1024 * 1024);
    const sourceId = storeSource(ws, 'antiguo', bytes);
    // What a version 7 workspace held: the same bytes, stored as they were, no codec column.
    ws.db.prepare('DELETE FROM source_chunks WHERE source_id = ?').run(sourceId);
    ws.db
      .prepare('INSERT INTO source_chunks (source_id, seq, bytes) VALUES (?, 0, ?)')
      .run(sourceId, bytes);
    ws.close();
    const old = new Database(file);
    old.exec('ALTER TABLE source_chunks DROP COLUMN codec');
    old.pragma('user_version = 7');
    old.close();

    const migrated = openWorkspace(file);
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect((await readBack(migrated, sourceId)).equals(bytes)).toBe(true);
    migrated.close();
  });
});
