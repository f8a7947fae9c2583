import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../workspace/temp-folder';
import { importInto, newWorkspace, storedRows, writeFixture } from './pipeline-fixtures';

const temp = tempFolder('ficha-merged-');
afterAll(temp.cleanup);

describe('merged cells in the data', () => {
  it('gives every municipality the state merged down beside it', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Emisiones municipales 2008'],
      [],
      ['Estado', 'Municipio', 'CO (t)'],
      ['Michoacán', 'Morelia', 120.5],
      [null, 'Uruapan', 80],
      [null, 'Zamora', 44.25],
      ['Jalisco', 'Guadalajara', 300],
      [null, 'Zapopan', 210],
    ]);
    sheet['!merges'] = [
      { s: { r: 3, c: 0 }, e: { r: 5, c: 0 } },
      { s: { r: 6, c: 0 }, e: { r: 7, c: 0 } },
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'DATOS');
    const file = writeFixture(
      temp.dir,
      'municipios.xlsx',
      XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }),
    );
    const ws = newWorkspace(temp.dir);

    const result = await importInto(ws, file);

    expect(result.notes).toEqual(['Emisiones municipales 2008']);
    expect(storedRows(ws, result.dataset).rows).toEqual([
      ['Michoacán', 'Morelia', 120.5],
      ['Michoacán', 'Uruapan', 80],
      ['Michoacán', 'Zamora', 44.25],
      ['Jalisco', 'Guadalajara', 300],
      ['Jalisco', 'Zapopan', 210],
    ]);
    ws.close();
  });
});
