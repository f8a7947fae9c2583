import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../electron/engine/import/layout';
import type { RawCell, SheetReader } from '../../../../electron/engine/import/source';
import { openWorkbookReader } from '../../../../electron/engine/import/workbook';
import { writeMergedHeaderWorkbook, type FixtureFormat } from '../../../fixtures/workbooks';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function head(reader: SheetReader, sheet: string, limit = 200): Promise<RawCell[][]> {
  const rows: RawCell[][] = [];
  for await (const batch of reader.rows(sheet, new AbortController().signal)) {
    rows.push(...batch.rows);
    if (rows.length >= limit) break;
  }
  return rows.slice(0, limit);
}

describe.each<FixtureFormat>(['xlsx', 'xls', 'ods'])(
  'layout of a titled %s sheet with merged headers',
  (format) => {
    it('finds titles, the combined two-row header, the total and the notes', async () => {
      const reader = await openWorkbookReader(writeMergedHeaderWorkbook(dir, { format }));
      const layout = detectLayout(await head(reader, 'Emisiones'), reader.merges('Emisiones'));
      await reader.close();

      expect(layout.titleNotes).toEqual([
        'Inventario Nacional de Emisiones de Gases de Efecto Invernadero',
        'Emisiones por municipio, 2015 (Gg)',
      ]);
      expect(layout.region).toEqual({
        titleRows: [1, 2],
        headerRows: [4, 5],
        dataRows: [6, 9],
        noteRows: [11, 13],
        firstColumn: 1,
        lastColumn: 5,
        totalRows: [9],
      });
      expect(layout.headers.map((header) => header.label)).toEqual([
        'Estado',
        'Municipio',
        'Emisiones – CO2',
        'Emisiones – CH4',
        'Emisiones – N2O',
      ]);
      expect(layout.tailNotes).toEqual([
        'Notas:',
        'Las cifras pueden no sumar por redondeo.',
        'Fuente: INECC, 2018.',
      ]);
    });
  },
);

const shared = path.resolve(__dirname, '../../../../../shared');
const inventory = path.join(shared, 'samples/real/Inventario Nal de Emisiones 2008.xlsx');
const template = path.join(shared, 'samples/templates/inventario_general_de_datos.xlsx');

describe.skipIf(!existsSync(inventory))('layout of the real INECC inventory workbook', () => {
  it('reads DATOS as a one-row header over municipality rows keyed by text codes', async () => {
    const reader = await openWorkbookReader(inventory);
    const rows = await head(reader, 'DATOS', 5000);
    const layout = detectLayout(rows, reader.merges('DATOS'));
    await reader.close();

    expect(layout.region.headerRows).toEqual([1, 1]);
    expect(layout.region.dataRows).toEqual([2, 2457]);
    expect(layout.region.totalRows).toEqual([]);
    expect(layout.headers.map((header) => header.label)).toEqual([
      'CVE_MUN',
      'PM10',
      'PM2.5',
      'SO2',
      'CO',
      'NOX',
      'COV',
      'NH3',
      'Carbón Negro',
    ]);
    expect(layout.context.labelColumns).toEqual([1]);
    expect(rows[1][0]).toBe('01001');
  });
});

describe.skipIf(!existsSync(template))('layout of the data inventory template', () => {
  it('ignores the formatted but empty range below the four rows', async () => {
    const reader = await openWorkbookReader(template);
    const [sheet] = reader.sheets();
    const layout = detectLayout(await head(reader, sheet.name), reader.merges(sheet.name));
    await reader.close();

    expect(sheet).toMatchObject({ name: 'Inventario', rows: 4, declaredRange: 'A1:AA996' });
    expect(layout.region.headerRows).toEqual([1, 1]);
    expect(layout.region.dataRows).toEqual([2, 4]);
    expect(layout.headers).toHaveLength(8);
    expect(layout.headers[0].label).toBe('Responsable');
  });
});
