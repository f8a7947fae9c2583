import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbookReader, sniffFormat } from '../../../../electron/engine/import/workbook';
import {
  writeDatosMetadatosWorkbook,
  writeEmptySheetWorkbook,
  writeInventoryWorkbook,
  writeMergedHeaderWorkbook,
  writeSerialDateWorkbook,
  type FixtureFormat,
} from '../../../fixtures/workbooks';
import { readAll } from './read-all';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-sheetjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each<FixtureFormat>(['xls', 'ods'])('the %s reader', (format) => {
  it('tells the format from the bytes', async () => {
    expect(await sniffFormat(writeInventoryWorkbook(dir, { rows: 2, format }))).toBe(format);
  });

  it('keeps codes as text and numbers as numbers', async () => {
    const reader = await openWorkbookReader(writeInventoryWorkbook(dir, { rows: 3, format }));
    const rows = await readAll(reader, 'DATOS');
    await reader.close();

    expect(reader.format).toBe(format);
    expect(rows[1]).toEqual(['01001', 'Municipio 1', 100.25, 0, 0]);
    expect(rows).toHaveLength(4);
  });

  it('reports merged cells and sheet roles', async () => {
    const merged = await openWorkbookReader(writeMergedHeaderWorkbook(dir, { format }));
    expect(merged.merges('Emisiones')).toContainEqual({
      startRow: 4,
      startColumn: 3,
      endRow: 4,
      endColumn: 5,
    });
    await merged.close();

    const described = await openWorkbookReader(writeDatosMetadatosWorkbook(dir, { format }));
    expect(described.sheets().map((sheet) => sheet.role)).toEqual([
      'metadata',
      'data',
      'dictionary',
    ]);
    await described.close();
  });

  it('turns date-formatted numbers into ISO dates', async () => {
    const reader = await openWorkbookReader(writeSerialDateWorkbook(dir, { format }));
    const rows = await readAll(reader, 'Fechas');
    await reader.close();

    expect(rows[1][1]).toEqual({ date: '2024-01-01' });
    expect(rows[2][1]).toEqual({ date: '2024-01-01T12:00:00' });
    expect(rows[7][1]).toBe(12);
  });

  it('says an empty sheet holds no data', async () => {
    const reader = await openWorkbookReader(writeEmptySheetWorkbook(dir, { format }));
    await expect(readAll(reader, 'Hoja1')).rejects.toMatchObject({ code: 'SHEET_EMPTY' });
    await reader.close();
  });
});
