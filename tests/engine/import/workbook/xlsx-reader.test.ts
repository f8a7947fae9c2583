import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbookReader } from '../../../../electron/engine/import/workbook';
import {
  writeDatosMetadatosWorkbook,
  writeDeclaredRangeWorkbook,
  writeFormulaWorkbook,
  writeInventoryWorkbook,
  writeLargeWorkbook,
  writeMergedHeaderWorkbook,
  writeRawXlsx,
  writeSerialDateWorkbook,
  writeWorkbook,
} from '../../../fixtures/workbooks';
import { readAll } from './read-all';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the streaming XLSX reader', () => {
  it('keeps leading zeros in municipality codes stored as text', async () => {
    const reader = await openWorkbookReader(writeInventoryWorkbook(dir, { rows: 3 }));
    const rows = await readAll(reader, 'DATOS');
    await reader.close();

    expect(rows[0]).toEqual(['CVE_MUN', 'Municipio', 'PM10', 'SO2', 'CO']);
    expect(rows[1]).toEqual(['01001', 'Municipio 1', 100.25, 0, 0]);
    expect(rows).toHaveLength(4);
  });

  it('lists sheets with their used size and roles', async () => {
    const reader = await openWorkbookReader(writeDatosMetadatosWorkbook(dir));
    const sheets = reader.sheets();
    await reader.close();

    expect(sheets.map((sheet) => [sheet.name, sheet.role, sheet.rows, sheet.columns])).toEqual([
      ['Metadatos', 'metadata', 9, 2],
      ['DATOS', 'data', 3, 2],
      ['VARIABLES', 'dictionary', 3, 2],
    ]);
  });

  it('does not offer a hidden lookup sheet as the data', async () => {
    const file = writeWorkbook(path.join(dir, 'oculta.xlsx'), [
      {
        name: 'Catalogo',
        rows: [
          ['clave', 'nombre'],
          ['01', 'Aguascalientes'],
        ],
        hidden: true,
      },
      {
        name: 'Hoja1',
        rows: [
          ['clave', 'valor'],
          ['01', 1],
        ],
      },
    ]);
    const reader = await openWorkbookReader(file);
    const roles = reader.sheets().map((sheet) => sheet.role);
    await reader.close();

    expect(roles).toEqual(['other', 'data']);
  });

  it('reports merged ranges before the rows are read', async () => {
    const reader = await openWorkbookReader(writeMergedHeaderWorkbook(dir));
    const merges = reader.merges('Emisiones');
    await reader.close();

    expect(merges).toContainEqual({ startRow: 4, startColumn: 3, endRow: 4, endColumn: 5 });
    expect(merges).toContainEqual({ startRow: 4, startColumn: 1, endRow: 5, endColumn: 1 });
    expect(merges).toHaveLength(5);
  });

  it('gives formulas as their cached values and formula errors as blanks with a warning', async () => {
    const reader = await openWorkbookReader(writeFormulaWorkbook(dir));
    const rows = await readAll(reader, 'Hoja1');
    const warnings = reader.warnings?.() ?? [];
    await reader.close();

    expect(rows[1]).toEqual(['Uno', 1, 2, 3, 'uno-1']);
    expect(rows[2].slice(0, 4)).toEqual(['Dos', 10, 20, 30]);
    expect(rows[2][4] ?? null).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'CELL_FORMULA_ERROR',
      sheet: 'Hoja1',
      row: 3,
      column: 'E',
    });
    expect(warnings[0].message.en).toContain('#N/A');
  });

  it('turns date-formatted serial numbers into ISO dates, times and datetimes', async () => {
    const reader = await openWorkbookReader(writeSerialDateWorkbook(dir));
    const values = (await readAll(reader, 'Fechas')).slice(1).map((row) => row[1]);
    await reader.close();

    expect(values).toEqual([
      { date: '2024-01-01' },
      { date: '2024-01-01T12:00:00' },
      { date: '18:00:00' },
      { date: '2021-01-01' },
      { date: '1900-02-28' },
      { date: '1900-03-01' },
      12,
    ]);
  });

  it('reads dates of workbooks in the 1904 date system', async () => {
    const reader = await openWorkbookReader(writeSerialDateWorkbook(dir, { date1904: true }));
    const rows = await readAll(reader, 'Fechas');
    await reader.close();

    expect(rows[1][1]).toEqual({ date: '2024-01-01' });
    expect(rows[4][1]).toEqual({ date: '2021-01-01' });
  });

  it('keeps blank rows in place and reports the used range, not the declared one', async () => {
    const reader = await openWorkbookReader(await writeDeclaredRangeWorkbook(dir));
    const [sheet] = reader.sheets();
    const rows = await readAll(reader, 'Hoja1');
    await reader.close();

    expect(sheet).toMatchObject({ rows: 5, columns: 5, declaredRange: 'A1:XFD1048576' });
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([]);
    expect(rows[3]).toEqual([]);
    expect(rows[4]).toEqual([null, '02', 'Baja California', null, 2]);
  });

  it('reads rich text, entities, inline strings, booleans and cells without references', async () => {
    const file = await writeRawXlsx(
      path.join(dir, 'raro.xlsx'),
      [
        {
          name: 'Hoja1',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a &amp; b</t></is></c></row>' +
            '<row r="3"><c t="b"><v>1</v></c><c t="str"><v>x&lt;y</v></c><c><v>1.5E-3</v></c></row>',
        },
      ],
      { sharedStrings: ['Año'] },
    );
    const reader = await openWorkbookReader(file);
    const rows = await readAll(reader, 'Hoja1');
    await reader.close();

    expect(rows).toEqual([['Año', 'a & b'], [], [true, 'x<y', 0.0015]]);
  });

  it('falls back to SheetJS for sheets written with namespace prefixes', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml =
      `<x:worksheet xmlns:x="${main}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>clave</x:t></x:is></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>01</x:t></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const file = await writeRawXlsx(path.join(dir, 'prefijos.xlsx'), [
      { name: 'Hoja1', rows: '', xml },
    ]);
    const reader = await openWorkbookReader(file);
    const rows = await readAll(reader, 'Hoja1');
    await reader.close();

    expect(rows).toEqual([['clave'], ['01']]);
  });

  it('streams a large sheet in ordered batches with progress', async () => {
    const file = await writeLargeWorkbook(dir, 5000);
    const reader = await openWorkbookReader(file, { limits: { fullScanBytes: 64 * 1024 } });
    const [sheet] = reader.sheets();
    let progress = 0;
    let count = 0;
    let last: unknown[] = [];
    for await (const batch of reader.rows(
      'DATOS',
      new AbortController().signal,
      (p) => (progress = p.done),
    )) {
      expect(batch.startRow).toBe(count + 1);
      count += batch.rows.length;
      last = batch.rows[batch.rows.length - 1];
    }
    await reader.close();

    expect(sheet).toMatchObject({ rows: 5001, columns: 10 });
    expect(count).toBe(5001);
    expect(last[0]).toBe('01088');
    expect(last[2]).toHaveProperty('date');
    expect(progress).toBeGreaterThan(0);
  });

  it('finds the merges and extent of a large sheet it only skims when opening', async () => {
    const rows = function* () {
      for (let r = 1; r <= 3000; r++)
        yield `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="C${r}"><v>1</v></c></row>`;
    };
    const file = await writeRawXlsx(path.join(dir, 'grande-combinada.xlsx'), [
      {
        name: 'Hoja1',
        rows: rows(),
        tail: '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
      },
    ]);
    const reader = await openWorkbookReader(file, { limits: { fullScanBytes: 1024 } });
    const [sheet] = reader.sheets();
    const merges = reader.merges('Hoja1');
    const all = await readAll(reader, 'Hoja1');
    await reader.close();

    expect(sheet).toMatchObject({ rows: 3000, columns: 3 });
    expect(merges).toEqual([{ startRow: 1, startColumn: 1, endRow: 1, endColumn: 3 }]);
    expect(all).toHaveLength(3000);
    expect(all[2999]).toEqual([3000, null, 1]);
  });

  it('stops when the signal is aborted', async () => {
    const file = await writeLargeWorkbook(dir, 3000, 'cancelar.xlsx');
    const reader = await openWorkbookReader(file);
    const controller = new AbortController();
    const read = async () => {
      for await (const _batch of reader.rows('DATOS', controller.signal)) controller.abort();
    };
    await expect(read()).rejects.toMatchObject({ code: 'CANCELLED' });
    await reader.close();
  });

  it('names the sheets when asked for one that does not exist', async () => {
    const reader = await openWorkbookReader(
      writeInventoryWorkbook(dir, { rows: 1, name: 'una.xlsx' }),
    );
    expect(() => reader.merges('Hoja9')).toThrow(
      expect.objectContaining({ code: 'SHEET_NOT_FOUND' }),
    );
    await reader.close();
  });
});
