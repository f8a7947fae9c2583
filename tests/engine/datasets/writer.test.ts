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

  it('keeps the source bytes in chunks and streams them back unchanged', async () => {
    const ws = createWorkspace(join(temp.dir, 'source.ficha'));
    const bytes = Buffer.alloc(9 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    for (let at = 0; at < bytes.length; at += 65536)
      writer.addSourceChunk(bytes.subarray(at, at + 65536));
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
