import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../../../electron/engine/import/pipeline';
import { tempFolder } from '../../workspace/temp-folder';
import { writeFixture } from './pipeline-fixtures';

const temp = tempFolder('ficha-inspect-');
afterAll(temp.cleanup);

describe('inspectFile', () => {
  it('reports encoding, delimiter, decimal, region, columns and first rows', async () => {
    const text =
      'Inventario 2005\n' +
      'Clave;Estado;Emisión (t);Fecha\n' +
      '01;Aguascalientes;1.234,5;12/03/2005\n' +
      '02;Baja California;ND;13/03/2005\n' +
      '03;Baja California Sur;7,25;14/03/2005\n' +
      'Fuente: SEMARNAT\n';
    const file = writeFixture(temp.dir, 'reporte.csv', iconv.encode(text, 'windows-1252'));

    const report = await inspectFile(file, {});

    expect(report).toMatchObject({
      file: 'reporte.csv',
      format: 'csv',
      encoding: 'iso-8859-1',
      delimiter: ';',
      decimal: ',',
      sheet: 'reporte',
      notes: ['Inventario 2005', 'Fuente: SEMARNAT'],
    });
    expect(report.region).toMatchObject({
      titleRows: [1, 1],
      headerRows: [2, 2],
      dataRows: [3, 5],
      noteRows: [6, 6],
    });
    expect(report.columns.map((c) => [c.name, c.type, c.unit ?? null])).toEqual([
      ['clave', 'text', null],
      ['estado', 'text', null],
      ['emision_t', 'number', 't'],
      ['fecha', 'date', null],
    ]);
    expect(report.columns[2].markers).toEqual({ ND: 1 });
    expect(report.preview[1]).toEqual(['Clave', 'Estado', 'Emisión (t)', 'Fecha']);
    expect(report.sample[0]).toEqual(['01', 'Aguascalientes', 1234.5, '2005-03-12']);
  });

  it('imports nothing and needs no workspace', async () => {
    const file = writeFixture(temp.dir, 'simple.csv', 'a,b\n1,2\n');
    const report = await inspectFile(file, {});
    expect(report.sheets).toEqual([
      { name: 'simple', index: 1, rows: 2, columns: 2, role: 'data' },
    ]);
  });
});

describe('inspectFile on a header without rows', () => {
  it('reports an empty data range below the header and text columns', async () => {
    const file = writeFixture(temp.dir, 'plantilla.csv', 'clave,nombre,fecha\n');
    const report = await inspectFile(file, {});
    expect(report.region.headerRows).toEqual([1, 1]);
    expect(report.region.dataRows).toEqual([2, 1]);
    expect(report.columns.map((c) => c.type)).toEqual(['text', 'text', 'text']);
    expect(report.sample).toEqual([]);
  });
});
