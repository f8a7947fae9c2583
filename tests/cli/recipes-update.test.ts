import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecipeFile, UpdateReport } from '../../shared/operations/results';
import { runFicha, runFichaJson } from './recipes-run';

const v1 = ['Estado,2019,2020', 'Jalisco,10,11', 'Colima,5,6'].join('\n');
const recipe = {
  ficha: 'recipe',
  version: 1,
  steps: [
    { op: 'inegi-state', column: 'estado' },
    { op: 'unpivot', columns: ['c_2019', 'c_2020'], key: 'anio', value: 'valor' },
  ],
};

let dir: string;
let ws: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ficha-update-'));
  ws = path.join(dir, 'ws.ficha');
  writeFileSync(path.join(dir, 'v1.csv'), `${v1}\n`);
  writeFileSync(path.join(dir, 'recipe.json'), JSON.stringify(recipe));
  expect((await runFicha(['init', ws])).code).toBe(0);
  expect((await runFicha(['import', ws, path.join(dir, 'v1.csv'), '--name', 'inv'])).code).toBe(0);
  expect((await runFicha(['apply', ws, 'inv', path.join(dir, 'recipe.json')])).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ficha update', () => {
  it('replays the recipe on a new version and reports the rows added', async () => {
    const file = path.join(dir, 'v2.csv');
    writeFileSync(file, `${v1}\nSonora,1,2\n`);
    const { code, value } = await runFichaJson<UpdateReport>(['update', ws, 'inv', file]);
    expect(code).toBe(0);
    expect(value).toMatchObject({
      applied: true,
      rowsBefore: 4,
      rowsAfter: 6,
      rowsAdded: 2,
      rowsRemoved: 0,
    });
  });

  it('exits 1 and changes nothing when a column was renamed, then maps it', async () => {
    const file = path.join(dir, 'v2.csv');
    writeFileSync(file, `${v1.replace('Estado', 'Entidad')}\n`);
    const refused = await runFichaJson<UpdateReport>(['update', ws, 'inv', file]);
    expect(refused.code).toBe(1);
    expect(refused.value.failedSteps[0]).toMatchObject({ step: 1, op: 'inegi-state' });
    expect(refused.value.columnsVanished).toEqual(['estado']);

    const mapped = await runFichaJson<UpdateReport>([
      'update',
      ws,
      'inv',
      file,
      '--map',
      'estado=entidad',
    ]);
    expect(mapped.code).toBe(0);
    const { value } = await runFichaJson<RecipeFile>(['recipe', ws, 'inv']);
    expect(value.steps).toHaveLength(2);
  });
});
