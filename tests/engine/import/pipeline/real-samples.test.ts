import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../../../electron/engine/import/pipeline';
import { tempFolder } from '../../workspace/temp-folder';
import { importInto, newWorkspace, storedRows } from './pipeline-fixtures';

const real = path.resolve(__dirname, '../../../../../shared/samples/real');
const inem = path.join(real, 'INEM-2005-Resumen-por-fuentes.csv');
const emissions = path.join(real, 'em_2004.csv');

const temp = tempFolder('ficha-real-');
afterAll(temp.cleanup);

describe.skipIf(!existsSync(inem))('the INEM 2005 summary by source', () => {
  it('imports four sources, leaves the total out and keeps three notes', async () => {
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, inem);

    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(',');
    expect(result.rows).toBe(4);
    expect(result.columns.map((c) => c.type)).toEqual([
      'integer',
      'text',
      ...Array.from({ length: 7 }, () => 'number'),
    ]);
    expect(result.warnings.filter((w) => w.code === 'TOTAL_ROW').map((w) => w.row)).toEqual([6]);
    expect(result.notes).toHaveLength(3);
    expect(result.notes[0]).toBe('Notas:');
    expect(result.notes[2]).toContain('representan cantidades menores a centecimas');

    const rows = storedRows(ws, result.dataset).rows;
    expect(rows[0].slice(0, 3)).toEqual([2005, 'AREA', 524270.58]);
    expect(rows[3]).toEqual([
      2005,
      'NATURALES',
      null,
      null,
      null,
      null,
      1752916.36,
      14009227.81,
      null,
    ]);
    ws.close();
  });
});

describe.skipIf(!existsSync(emissions))('the 2004 emissions register (em_2004.csv)', () => {
  it('is read as tab-separated UTF-8 and keeps tiny numbers numeric', async () => {
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, emissions);

    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe('\t');
    expect(result.rows).toBe(5371);
    expect(result.columns).toHaveLength(18);
    const agua = result.columns.find((c) => c.name === 'agua');
    expect(agua).toMatchObject({ label: 'Agua', type: 'number', mismatches: 0 });
    expect(storedRows(ws, result.dataset, 1).rows[0][8]).toBe(0.00000000129);
    expect(result.columns[0]).toMatchObject({ name: 'nra', type: 'text' });
    ws.close();
  });

  it('is described by inspect without a workspace', async () => {
    const report = await inspectFile(emissions, {});
    expect(report.sheets[0]).toMatchObject({ rows: 5372, columns: 18 });
    expect(report.region.headerRows).toEqual([1, 1]);
    expect(report.region.dataRows).toEqual([2, 5372]);
    expect(report.columns.find((c) => c.name === 'descripcion')?.label).toBe('Descripción');
  });
});
