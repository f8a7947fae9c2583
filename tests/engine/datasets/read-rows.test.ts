import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { touchDataset } from '../../../electron/engine/datasets/catalog';
import { readRows } from '../../../electron/engine/datasets/read-rows';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { sampleColumns, tempFolder } from '../workspace/temp-folder';

const temp = tempFolder();
let ws: Workspace;

const data = [
  ['01', 'Zacatecas', 1622138, 2.5, true, '2020-01-01'],
  ['02', 'Ávila', 10, null, false, '2019-05-01'],
  ['03', 'avellaneda', 300, 7.25, true, null],
  ['04', null, 5, 1, null, '2021-12-31'],
  ['05', 'Mérida', 995129, 3, false, '2018-07-04'],
  ['06', 'MERIDA', 42, 'n/d', true, '2020-02-02'],
];

beforeAll(() => {
  ws = createWorkspace(join(temp.dir, 'read.ficha'));
  const writer = beginDatasetWrite(ws, { columns: sampleColumns });
  writer.insertRows(data);
  writer.commit({
    name: 'municipios',
    columns: sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 })),
  });
});
afterAll(() => {
  ws.close();
  temp.cleanup();
});

const keys = (window: { rows: unknown[][] }) => window.rows.map((row) => row[0]);

describe('reading a window of rows', () => {
  it('returns rows in import order with their row ids and the total', () => {
    const window = readRows(ws, 'municipios', { offset: 2, limit: 2 });
    expect(window.columns).toEqual(sampleColumns.map((c) => c.name));
    expect(window.rowIds).toEqual([3, 4]);
    expect(keys(window)).toEqual(['03', '04']);
    expect(window.total).toBe(6);
  });

  it('sorts text ignoring accents and case, with empty cells last', () => {
    const window = readRows(ws, 'municipios', { sort: { column: 'estado', direction: 'asc' } });
    expect(window.rows.map((row) => row[1])).toEqual([
      'avellaneda',
      'Ávila',
      'Mérida',
      'MERIDA',
      'Zacatecas',
      null,
    ]);
  });

  it('sorts numbers as numbers in descending order', () => {
    const window = readRows(ws, 'municipios', { sort: { column: 'poblacion', direction: 'desc' } });
    expect(keys(window)).toEqual(['01', '05', '03', '06', '02', '04']);
  });

  it('pages through a sorted order without repeating or skipping rows', () => {
    const sort = { column: 'estado', direction: 'desc' as const };
    const pages = [0, 2, 4].flatMap((offset) =>
      keys(readRows(ws, 'municipios', { sort, offset, limit: 2 })),
    );
    expect(pages).toEqual(keys(readRows(ws, 'municipios', { sort })));
    expect(new Set(pages).size).toBe(6);
  });

  it('filters with each operator', () => {
    const filtered = (filter: object) =>
      keys(readRows(ws, 'municipios', { filters: [filter as never] }));
    expect(filtered({ column: 'estado', op: 'equals', value: 'Mérida' })).toEqual(['05']);
    expect(filtered({ column: 'estado', op: 'contains', value: 'MERI' })).toEqual(['05', '06']);
    expect(filtered({ column: 'estado', op: 'empty' })).toEqual(['04']);
    expect(filtered({ column: 'estado', op: 'notEmpty' })).toEqual(['01', '02', '03', '05', '06']);
    expect(filtered({ column: 'clave', op: 'in', values: ['02', '06'] })).toEqual(['02', '06']);
    expect(filtered({ column: 'poblacion', op: 'gt', value: '1000' })).toEqual(['01', '05']);
    expect(filtered({ column: 'poblacion', op: 'lt', value: 11 })).toEqual(['02', '04']);
    expect(filtered({ column: 'fecha', op: 'gt', value: '2020-01-15' })).toEqual(['04', '06']);
    expect(filtered({ column: 'activo', op: 'equals', value: true })).toEqual(['01', '03', '06']);
    expect(filtered({ column: 'estado', op: 'matches', value: '^[aá]v' })).toEqual(['02', '03']);
    expect(filtered({ column: 'tasa', op: 'gt', value: 2 })).toEqual(['01', '03', '05']);
  });

  it('searches every column for text, ignoring accents', () => {
    const window = readRows(ws, 'municipios', { search: 'merida' });
    expect(keys(window)).toEqual(['05', '06']);
    expect(window.total).toBe(2);
  });

  it('combines filters, search and sort, and counts the matching rows', () => {
    const window = readRows(ws, 'municipios', {
      filters: [{ column: 'activo', op: 'equals', value: true }],
      sort: { column: 'estado', direction: 'asc' },
      limit: 1,
    });
    expect(keys(window)).toEqual(['03']);
    expect(window.total).toBe(3);
  });

  it('sees changes to the table once the dataset is touched', () => {
    const sort = { column: 'clave', direction: 'desc' as const };
    expect(keys(readRows(ws, 'municipios', { sort, limit: 1 }))).toEqual(['06']);
    ws.db.transaction(() => {
      ws.db
        .prepare(
          `INSERT INTO ${ws.db.prepare('SELECT table_name FROM datasets').pluck().get()} (clave) VALUES ('99')`,
        )
        .run();
      const id = ws.db.prepare('SELECT id FROM datasets').pluck().get() as string;
      touchDataset(ws, id, { rowCount: 7 });
    })();
    const window = readRows(ws, 'municipios', { sort, limit: 1 });
    expect(keys(window)).toEqual(['99']);
    expect(window.total).toBe(7);
  });

  it('sorts and filters on a read-only handle too', () => {
    const reader = openWorkspace(ws.path, { readOnly: true });
    const window = readRows(reader, 'municipios', {
      sort: { column: 'poblacion', direction: 'asc' },
      filters: [{ column: 'activo', op: 'equals', value: false }],
    });
    expect(keys(window)).toEqual(['02', '05']);
    reader.close();
  });

  it('names the missing column or dataset', () => {
    expect(() =>
      readRows(ws, 'municipios', { sort: { column: 'nada', direction: 'asc' } }),
    ).toThrow(expect.objectContaining({ code: 'COLUMN_NOT_FOUND' }));
    expect(() => readRows(ws, 'otro')).toThrow(
      expect.objectContaining({ code: 'DATASET_NOT_FOUND' }),
    );
  });
});
