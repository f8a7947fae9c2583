import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/engine/import/pipeline';
import { silentLogger } from '../../../electron/engine/logger';
import { applySteps } from '../../../electron/engine/recipes/apply-steps';
import { redoSteps, undoSteps } from '../../../electron/engine/recipes/history';
import { parseRecipe, recipeOf, recipeText } from '../../../electron/engine/recipes/recipe-file';
import { tableHash } from '../../../electron/engine/recipes/table-hash';
import { updateDataset } from '../../../electron/engine/recipes/update';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { readTable, tempWorkspace } from './fixture';

let workspace: Workspace;
let dir: string;
let cleanup: () => void;
const controls = () => ({ signal: new AbortController().signal, logger: silentLogger });

const v1 = [
  'Estado,Municipio,2019,2020,2021',
  '"  Jalisco ",Guadalajara,10,NE,12',
  'Edo. de México,Toluca,"1,200",1300,ND',
  'CDMX,Coyoacán,5,6,7',
].join('\n');

beforeEach(() => {
  ({ workspace, dir, cleanup } = tempWorkspace());
});
afterEach(() => cleanup());

async function importCsv(name: string, text: string, datasetName: string) {
  const file = path.join(dir, name);
  writeFileSync(file, `${text}\n`);
  await importFile(workspace, file, { name: datasetName }, controls());
  return file;
}

const steps = [
  { op: 'trim', column: 'estado' },
  { op: 'inegi-state', column: 'estado' },
  { op: 'unpivot', columns: ['c_2019', 'c_2020', 'c_2021'], key: 'anio', value: 'valor' },
  { op: 'change-case', column: 'municipio', case: 'upper' },
];

describe('recipes', () => {
  it('replaying the recipe on the original file gives exactly the interactive table', async () => {
    await importCsv('v1.csv', v1, 'interactivo');
    const columns = (await import('../../../electron/engine/datasets/catalog')).getDataset(
      workspace,
      'interactivo',
    ).columns;
    expect(columns.map((c) => c.name)).toEqual([
      'estado',
      'municipio',
      'c_2019',
      'c_2020',
      'c_2021',
    ]);

    // Interactively: one step at a time, with an undo and a redo on the way.
    for (const step of steps) applySteps(workspace, 'interactivo', [step]);
    undoSteps(workspace, 'interactivo', 2);
    redoSteps(workspace, 'interactivo', 2);
    const recipe = parseRecipe(recipeText(recipeOf(workspace, 'interactivo')));

    await importCsv('v1-again.csv', v1, 'repetido');
    applySteps(workspace, 'repetido', recipe.steps);
    expect(tableHash(workspace, 'repetido')).toBe(tableHash(workspace, 'interactivo'));
  });

  it('keeps the import settings in the recipe', async () => {
    await importCsv('v1.csv', v1, 'conjunto');
    const recipe = recipeOf(workspace, 'conjunto');
    expect(recipe.import).toMatchObject({ format: 'csv' });
  });

  it('updates from a new version of the file and reports what changed', async () => {
    await importCsv('v1.csv', v1, 'conjunto');
    applySteps(workspace, 'conjunto', steps);
    const file = path.join(dir, 'v2.csv');
    writeFileSync(file, `${v1}\nColima,Manzanillo,1,2,3\n`);

    const report = await updateDataset(workspace, 'conjunto', file, controls());
    expect(report).toMatchObject({
      applied: true,
      rowsBefore: 9,
      rowsAfter: 12,
      columnsAppeared: [],
      columnsVanished: [],
    });
    expect(report.rowsAdded).toBe(3);
    expect(readTable(workspace, 'conjunto').rows.at(-1)).toEqual([
      'Colima',
      '06',
      'MANZANILLO',
      2021,
      3,
    ]);
  });

  it('updates a dataset that has no steps yet', async () => {
    await importCsv('v1.csv', v1, 'conjunto');
    const file = path.join(dir, 'v2.csv');
    writeFileSync(file, `${v1}\nColima,Manzanillo,1,2,3\n`);
    const report = await updateDataset(workspace, 'conjunto', file, controls());
    expect(report).toMatchObject({ applied: true, rowsBefore: 3, rowsAfter: 4, rowsAdded: 1 });
    expect(readTable(workspace, 'conjunto').rows).toHaveLength(4);
  });

  it('replaces nothing when a step no longer applies, and says why', async () => {
    await importCsv('v1.csv', v1, 'conjunto');
    applySteps(workspace, 'conjunto', steps);
    const before = tableHash(workspace, 'conjunto');
    const file = path.join(dir, 'v2.csv');
    writeFileSync(file, v1.replace('Estado,', 'Entidad,'));

    const report = await updateDataset(workspace, 'conjunto', file, controls());
    expect(report.applied).toBe(false);
    expect(report.columnsAppeared).toEqual(['entidad']);
    expect(report.columnsVanished).toEqual(['estado']);
    expect(report.failedSteps.map((f) => f.step)).toEqual([1, 2]);
    expect(report.failedSteps[0].reason.en).toMatch(/estado/);
    expect(tableHash(workspace, 'conjunto')).toBe(before);
    expect(workspace.db.prepare(`SELECT count(*) FROM datasets`).pluck().get()).toBe(1);
  });

  it('maps a renamed column to the name the recipe expects', async () => {
    await importCsv('v1.csv', v1, 'conjunto');
    applySteps(workspace, 'conjunto', steps);
    const file = path.join(dir, 'v2.csv');
    writeFileSync(file, v1.replace('Estado,', 'Entidad,'));

    const report = await updateDataset(workspace, 'conjunto', file, {
      ...controls(),
      map: { estado: 'entidad' },
    });
    expect(report.applied).toBe(true);
    expect(report.failedSteps).toEqual([]);
    expect(readTable(workspace, 'conjunto').columns[0]).toBe('estado');
  });
});
