import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../workspace/temp-folder';
import { importInto, newWorkspace, storedRows } from './pipeline-fixtures';

const temp = tempFolder('ficha-large-');
afterAll(temp.cleanup);

describe('a generated 200,000-row CSV', () => {
  it('imports every row with the right types', async () => {
    const generator = path.resolve(__dirname, '../../../../bench/_inventory-csv.mjs');
    const { generateInventoryCsv } = (await import(generator)) as {
      generateInventoryCsv: (out: string, rows: number) => Promise<void>;
    };
    const file = path.join(temp.dir, 'inventario.csv');
    await generateInventoryCsv(file, 200_000);
    const ws = newWorkspace(temp.dir);

    const result = await importInto(ws, file);

    expect(result.rows).toBe(200_000);
    expect(Object.fromEntries(result.columns.map((c) => [c.name, c.type]))).toEqual({
      cve_ent: 'text',
      cve_mun: 'text',
      estado: 'text',
      establecimiento: 'text',
      sector: 'text',
      contaminante: 'text',
      anio: 'integer',
      emision_ton: 'number',
      concentracion: 'number',
      observaciones: 'text',
    });
    expect(
      ws.db
        .prepare(
          `SELECT count(*) FROM ${JSON.stringify(
            ws.db.prepare('SELECT table_name FROM datasets').pluck().get() as string,
          )}`,
        )
        .pluck()
        .get(),
    ).toBe(200_000);
    expect(storedRows(ws, result.dataset, 1).rows[0][0]).toMatch(/^\d\d$/);
    ws.close();
  }, 120_000);
});
