import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { integrityCheck } from '../../../electron/engine/db/integrity';
import { getDataset, listDatasets } from '../../../electron/engine/datasets/catalog';
import { readRows } from '../../../electron/engine/datasets/read-rows';
import { readSourceBytes } from '../../../electron/engine/datasets/source-store';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import { sampleColumns, tempFolder } from '../workspace/temp-folder';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { quoteIdent } from '../../../electron/engine/db/quote';

const temp = tempFolder();
afterAll(temp.cleanup);

const finalColumns = sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 }));

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('the dataset writer', () => {
  it('stores rows with the JavaScript type of each value', () => {
    const ws = createWorkspace(join(temp.dir, 'types.ficha'));
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    writer.insertRows([
      ['01001', 'Aguascalientes', 877190, 12.5, true, '2020-03-15'],
      ['02001', 'Baja California', 3, null, false, null],
    ]);
    writer.commit({ name: 'estados', columns: finalColumns });

    const window = readRows(ws, 'estados');
    expect(window.rows).toEqual([
      ['01001', 'Aguascalientes', 877190, 12.5, true, '2020-03-15'],
      ['02001', 'Baja California', 3, null, false, null],
    ]);
    const kinds = ws.db
      .prepare(
        `SELECT typeof(clave), typeof(poblacion), typeof(tasa), typeof(activo) FROM ${getDataset(ws, 'estados').tableName}`,
      )
      .raw()
      .all();
    expect(kinds[0]).toEqual(['text', 'integer', 'real', 'integer']);
    ws.close();
  });

  it('writes many batches of more rows than one INSERT holds', () => {
    const ws = createWorkspace(join(temp.dir, 'batches.ficha'));
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    for (let batch = 0; batch < 7; batch++) {
      const rows = Array.from({ length: 123 }, (_, i) => {
        const n = batch * 123 + i;
        return [String(n).padStart(5, '0'), `e${n}`, n, n / 2, n % 2 === 0, null];
      });
      writer.insertRows(rows);
    }
    const record = writer.commit({ name: 'muchas', columns: finalColumns });

    expect(record.rowCount).toBe(861);
    const window = readRows(ws, record, { offset: 860, limit: 5 });
    expect(window.rows).toEqual([['00860', 'e860', 860, 430, true, null]]);
    expect(window.total).toBe(861);
    ws.close();
  });

  it('appends the rows of a table written apart after its own, in order, with their kinds', () => {
    const ws = createWorkspace(join(temp.dir, 'append.ficha'));
    const part = join(temp.dir, 'append-part.db');
    const other = new Database(part);
    other.exec('CREATE TABLE part_rows (c0, c1, c2, c3, c4, c5)');
    const insert = other.prepare('INSERT INTO part_rows VALUES (?, ?, ?, ?, ?, ?)');
    for (let n = 3; n < 300; n++)
      insert.run(String(n).padStart(5, '0'), `e${n}`, BigInt(n), n + 0.5, 1n, null);
    // A deleted row leaves a gap in the part's rowids; the copy closes it.
    other.exec('DELETE FROM part_rows WHERE c2 = 5');
    other.close();

    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    writer.insertRows([
      ['00001', 'e1', 1, 0.5, true, null],
      ['00002', 'e2', 2, 2.5, false, '2020-01-01'],
    ]);
    writer.appendFrom(part, 'part_rows', 296);
    const record = writer.commit({ name: 'unidas', columns: finalColumns });

    expect(record.rowCount).toBe(298);
    const rows = readRows(ws, record, { offset: 0, limit: 5 }).rows;
    expect(rows.map((row) => row[0])).toEqual(['00001', '00002', '00003', '00004', '00006']);
    expect(rows[2]).toEqual(['00003', 'e3', 3, 3.5, true, null]);
    const table = quoteIdent(record.tableName);
    const ids = ws.db.prepare(`SELECT rowid FROM ${table} ORDER BY rowid`).pluck().all();
    expect(ids).toEqual(Array.from({ length: 298 }, (_, i) => i + 1));
    const kinds = ws.db
      .prepare(`SELECT DISTINCT typeof(clave), typeof(poblacion), typeof(tasa) FROM ${table}`)
      .raw()
      .all();
    expect(kinds).toEqual([['text', 'integer', 'real']]);
    ws.close();
  });

  it('keeps the source bytes in chunks and streams them back unchanged', async () => {
    const ws = createWorkspace(join(temp.dir, 'source.ficha'));
    const bytes = Buffer.alloc(9 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    // Pieces that straddle the 4 MiB chunks, and one larger than a chunk.
    const sizes = [65536, 5 * 1024 * 1024 + 3, 1_000_003, 7];
    for (let at = 0, n = 0; at < bytes.length; n++) {
      const next = Math.min(at + sizes[n % sizes.length], bytes.length);
      writer.addSourceChunk(bytes.subarray(at, next));
      at = next;
    }
    const record = writer.commit({
      name: 'con-fuente',
      columns: finalColumns,
      source: { fileName: 'datos.csv', size: bytes.length, sha256: sha(bytes), format: 'csv' },
    });

    const chunks = ws.db.prepare('SELECT count(*) FROM source_chunks').pluck().get();
    expect(chunks).toBe(3);
    const back: Buffer[] = [];
    for await (const piece of readSourceBytes(ws, record.sourceId!)) back.push(piece as Buffer);
    expect(Buffer.concat(back).equals(bytes)).toBe(true);
    expect(record.sourceFile).toBe('datos.csv');
    ws.close();
  });

  it('refuses a name already taken and can commit again under another', () => {
    const ws = createWorkspace(join(temp.dir, 'names.ficha'));
    beginDatasetWrite(ws, { columns: sampleColumns }).commit({
      name: 'datos',
      columns: finalColumns,
    });
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    writer.insertRows([['1', 'a', 1, 1, true, null]]);

    expect(() => writer.commit({ name: 'datos', columns: finalColumns })).toThrow(
      expect.objectContaining({ code: 'DATASET_EXISTS' }),
    );
    writer.commit({ name: 'datos-2', columns: finalColumns });
    expect(listDatasets(ws).map((d) => d.name)).toEqual(['datos', 'datos-2']);
    ws.close();
  });

  it('leaves the workspace as it was when aborted', () => {
    const file = join(temp.dir, 'abort.ficha');
    createWorkspace(file).close();
    const ws = openWorkspace(file);
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    writer.insertRows([['1', 'a', 1, 1, true, null]]);
    writer.addSourceChunk(Buffer.alloc(5 * 1024 * 1024, 7));
    writer.abort();

    const tables = ws.db
      .prepare("SELECT name FROM sqlite_schema WHERE name LIKE '\\_staging%' ESCAPE '\\'")
      .all();
    expect(tables).toEqual([]);
    expect(ws.db.prepare('SELECT count(*) FROM source_chunks').pluck().get()).toBe(0);
    expect(listDatasets(ws)).toEqual([]);
    expect(integrityCheck(ws.db)).toEqual([]);
    ws.close();
  });

  it('renames columns whose final name differs from the staged one', () => {
    const ws = createWorkspace(join(temp.dir, 'rename.ficha'));
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    writer.insertRows([['1', 'a', 1, 1, true, null]]);
    const renamed = finalColumns.map((c) => (c.name === 'tasa' ? { ...c, name: 'tasa_pct' } : c));
    const record = writer.commit({ name: 'renombrada', columns: renamed });

    expect(record.columns.map((c) => c.name)).toContain('tasa_pct');
    expect(readRows(ws, record).columns[3]).toBe('tasa_pct');
    ws.close();
  });
});

describe('column names', () => {
  it('refuses names that would hide the row id', () => {
    const ws = createWorkspace(join(temp.dir, 'rowid.ficha'));
    const columns = [{ name: 'oid', label: 'OID', type: 'integer' as const }];
    expect(() => beginDatasetWrite(ws, { columns })).toThrow(/row id/);
    ws.close();
  });
});
