import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset, listDatasets } from '../../../electron/engine/datasets/catalog';
import { columnProfile } from '../../../electron/engine/datasets/column-profile';
import { deleteDataset } from '../../../electron/engine/datasets/delete-dataset';
import { describeDataset } from '../../../electron/engine/datasets/describe-dataset';
import { slugify, uniqueDatasetName } from '../../../electron/engine/datasets/names';
import { readRows } from '../../../electron/engine/datasets/read-rows';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { sampleColumns, tempFolder } from '../workspace/temp-folder';

const temp = tempFolder();
let ws: Workspace;
const columns = sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 }));

beforeAll(() => {
  ws = createWorkspace(join(temp.dir, 'describe.ficha'));
  const writer = beginDatasetWrite(ws, { columns: sampleColumns });
  const rows = Array.from({ length: 12_345 }, (_, i) => [
    String(i % 50).padStart(2, '0'),
    i % 3 === 0 ? null : ['Colima', 'Sonora', 'Yucatán'][i % 3],
    i,
    i % 10 === 0 ? 'ND' : (i % 100) / 4,
    i % 2 === 0,
    `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
  ]);
  writer.insertRows(rows);
  writer.addSourceChunk(Buffer.from('clave,estado\n'));
  writer.commit({
    name: 'censo',
    title: 'Censo de prueba',
    notes: ['Fuente: INEGI'],
    columns,
    source: {
      fileName: 'censo.csv',
      size: 13,
      sha256: createHash('sha256').update('clave,estado\n').digest('hex'),
      format: 'csv',
    },
  });
});
afterAll(() => {
  ws.close();
  temp.cleanup();
});

describe('describing a dataset', () => {
  it('counts rows, non-empty and distinct values and shows examples per column', () => {
    const description = describeDataset(ws, 'censo');
    expect(description.rows).toBe(12_345);
    expect(description.notes).toEqual(['Fuente: INEGI']);
    const estado = description.columns.find((c) => c.name === 'estado')!;
    expect(estado).toMatchObject({ label: 'Estado', type: 'text', nonEmpty: 8230, distinct: 2 });
    expect(estado.examples).toEqual(['Sonora', 'Yucatán']);
    const activo = description.columns.find((c) => c.name === 'activo')!;
    expect(activo.examples).toEqual([true, false]);
    expect(description.columns.find((c) => c.name === 'clave')!.distinct).toBe(50);
  });
});

describe('profiling a column', () => {
  it('gives empty and distinct counts and the most frequent values', () => {
    const profile = columnProfile(ws, 'censo', 'estado', { top: 1 });
    expect(profile.empty).toBe(4115);
    expect(profile.distinct).toBe(2);
    expect(profile.top).toEqual([{ value: 'Sonora', count: 4115 }]);
    expect(profile.otherCount).toBe(4115);
    expect(profile.numeric).toBeNull();
  });

  it('bins the numbers of a column and leaves text out of the histogram', () => {
    const profile = columnProfile(ws, 'censo', 'tasa', { bins: 4 });
    expect(profile.numeric).toMatchObject({ min: 0.25, max: 24.75 });
    const histogram = profile.numeric!.histogram;
    expect(histogram).toHaveLength(4);
    expect(histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(profile.numeric!.count);
    expect(profile.numeric!.count).toBe(12_345 - 1235);
    expect(histogram[3].to).toBe(24.75);
    expect(profile.text).toEqual({ count: 1235, minLength: 2, maxLength: 2 });
  });

  it('gives the range of a date column', () => {
    expect(columnProfile(ws, 'censo', 'fecha').dates).toEqual({
      count: 12_345,
      min: '2020-01-01',
      max: '2020-01-28',
    });
  });

  it('names a missing column', () => {
    expect(() => columnProfile(ws, 'censo', 'nada')).toThrow(
      expect.objectContaining({ code: 'COLUMN_NOT_FOUND' }),
    );
  });
});

describe('reading deep windows of an unsorted dataset', () => {
  it('returns the rows at an offset past the direct-read limit', () => {
    const window = readRows(ws, 'censo', { offset: 12_000, limit: 3 });
    expect(window.rows.map((row) => row[2])).toEqual([12_000, 12_001, 12_002]);
    expect(window.total).toBe(12_345);
  });
});

describe('dataset names', () => {
  it('turns file names into lowercase ASCII slugs', () => {
    expect(slugify('Población 2020 (CONAPO)')).toBe('poblacion-2020-conapo');
    expect(slugify('Año_Niño  ÉXITO')).toBe('ano_nino-exito');
    expect(slugify('***')).toBe('datos');
  });

  it('appends a number when the name is taken', () => {
    expect(uniqueDatasetName(ws, 'Censo')).toBe('censo-2');
    expect(uniqueDatasetName(ws, 'Otro')).toBe('otro');
  });
});

describe('deleting a dataset', () => {
  it('removes its table, catalog rows and source, and records it in the audit log', () => {
    const record = getDataset(ws, 'censo');
    const writer = beginDatasetWrite(ws, { columns: sampleColumns });
    writer.commit({ name: 'quedan', columns });

    expect(deleteDataset(ws, 'censo')).toEqual({ deleted: 'censo' });
    expect(listDatasets(ws).map((d) => d.name)).toEqual(['quedan']);
    const table = ws.db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(record.tableName);
    expect(table).toBeUndefined();
    expect(
      ws.db.prepare('SELECT count(*) FROM columns WHERE dataset_id = ?').pluck().get(record.id),
    ).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM source_chunks').pluck().get()).toBe(0);
    const actions = ws.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();
    expect(actions).toEqual([
      'workspace.create',
      'dataset.import',
      'dataset.import',
      'dataset.delete',
    ]);
  });
});
