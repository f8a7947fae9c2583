import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplyResult, HistoryView, RecipeFile } from '../../shared/operations/results';
import type { CellValue } from '../../shared/table';
import { tableHash } from '../../electron/engine/recipes/table-hash';
import { openWorkspace } from '../../electron/engine/workspace/open-workspace';
import type { FixtureColumn } from '../engine/recipes/fixture';
import { addTable, readTable, tempWorkspace } from '../engine/recipes/fixture';
import { runFicha, runFichaJson } from './recipes-run';

const years = Array.from({ length: 21 }, (_, i) => 1990 + i);
const categories = [
  '1A1 Industrias de la energía',
  '1A2ci Petroquímica',
  '1A3b Autotransporte',
  '3B Ganado',
];

/** The wide inventory: category, years 1990…2010 as columns with NE/NO keys, a total row. */
function inventoryRows(): CellValue[][] {
  const rows: CellValue[][] = categories.map((category, r) => [
    category,
    ...years.map((year, y) =>
      (r + y) % 7 === 0 ? 'NE' : (r + y) % 11 === 0 ? 'NO' : year + r * 0.5,
    ),
  ]);
  rows.push(['Total', ...years.map((year) => year * 10)]);
  return rows;
}

const inventoryColumns: FixtureColumn[] = [
  ['categoria', 'text', 'Categoría'],
  ...years.map((year): FixtureColumn => [`c_${year}`, 'number', String(year)]),
];

const recipe = {
  ficha: 'recipe',
  version: 1,
  steps: [
    { op: 'remove-rows', where: { column: 'categoria', matches: '^total' } },
    { op: 'split-code-name', column: 'categoria', code: 'clave', name: 'categoria' },
    { op: 'unpivot', columns: years.map((y) => `c_${y}`), key: 'anio', value: 'valor' },
    { op: 'to-number', column: 'valor', decimal: '.', flagColumn: 'nota' },
  ],
};

let dir: string;
let ws: string;

beforeEach(() => {
  const temp = tempWorkspace();
  dir = temp.dir;
  ws = temp.workspace.path;
  addTable(temp.workspace, 'inventario', inventoryColumns, inventoryRows());
  temp.workspace.close();
});

function inspect<T>(fn: (workspace: ReturnType<typeof openWorkspace>) => T): T {
  const workspace = openWorkspace(ws, { readOnly: true });
  try {
    return fn(workspace);
  } finally {
    workspace.close();
  }
}

function writeRecipe(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('ficha apply, history, undo, redo and recipe', () => {
  afterEach(() => undefined);

  it('turns the wide inventory into a long table by a recipe', async () => {
    const file = writeRecipe('inventario.json', recipe);
    const { code, value } = await runFichaJson<ApplyResult>(['apply', ws, 'inventario', file]);

    expect(code).toBe(0);
    expect(value.columns).toEqual(['clave', 'categoria', 'anio', 'valor', 'nota']);
    expect(value.rows).toBe(categories.length * years.length);
    const table = inspect((w) => readTable(w, 'inventario'));
    expect(table.rows[0]).toEqual(['1A1', 'Industrias de la energía', 1990, null, 'NE']);
    expect(table.rows[1]).toEqual(['1A1', 'Industrias de la energía', 1991, 1991, null]);
    expect(table.rows.filter((r) => r[4] === 'NO').length).toBeGreaterThan(0);
    expect(value.applied[3].report.counts.markers).toBe(
      table.rows.filter((r) => r[4] !== null).length,
    );
  });

  it('undoes and redoes steps and gives back the same table', async () => {
    await runFicha(['apply', ws, 'inventario', writeRecipe('r.json', recipe)]);
    const after = inspect((w) => tableHash(w, 'inventario'));

    const undone = await runFichaJson<HistoryView>(['undo', ws, 'inventario', '--steps', '2']);
    expect(undone.value.point).toBe(2);
    expect(inspect((w) => readTable(w, 'inventario').columns.slice(0, 3))).toEqual([
      'clave',
      'categoria',
      'c_1990',
    ]);

    const redone = await runFichaJson<HistoryView>(['redo', ws, 'inventario', '--steps', '2']);
    expect(redone.value.point).toBe(4);
    expect(inspect((w) => tableHash(w, 'inventario'))).toBe(after);
  });

  it('goes back to the table as imported with --to 0', async () => {
    const before = inspect((w) => tableHash(w, 'inventario'));
    await runFicha(['apply', ws, 'inventario', writeRecipe('r.json', recipe)]);
    await runFicha(['undo', ws, 'inventario', '--to', '0']);
    expect(inspect((w) => tableHash(w, 'inventario'))).toBe(before);
  });

  it('lists the history with who applied each step', async () => {
    await runFicha(['apply', ws, 'inventario', writeRecipe('r.json', recipe)]);
    const { value } = await runFichaJson<HistoryView>(['history', ws, 'inventario']);
    expect(value.steps.map((s) => s.step.op)).toEqual(recipe.steps.map((s) => s.op));
    expect(value.steps.every((s) => s.actor === 'Ana Prueba')).toBe(true);
  });

  it('prints the recipe that was applied, without undone steps', async () => {
    await runFicha(['apply', ws, 'inventario', writeRecipe('r.json', recipe)]);
    await runFicha(['undo', ws, 'inventario']);
    const { value } = await runFichaJson<RecipeFile>(['recipe', ws, 'inventario']);
    expect(value.ficha).toBe('recipe');
    expect(value.steps.map((s) => s.op)).toEqual(['remove-rows', 'split-code-name', 'unpivot']);
  });

  it('leaves the table as it was when a step fails, naming the step and column', async () => {
    const before = inspect((w) => tableHash(w, 'inventario'));
    const broken = { ...recipe, steps: [recipe.steps[0], { op: 'trim', column: 'estado' }] };
    const run = await runFicha([
      'apply',
      ws,
      'inventario',
      writeRecipe('bad.json', broken),
      '--json',
    ]);

    expect(run.code).toBe(2);
    const error = JSON.parse(run.stdout).error;
    expect(error.code).toBe('STEP_FAILED');
    expect(error.detail).toMatchObject({ step: 2, column: 'estado' });
    expect(inspect((w) => tableHash(w, 'inventario'))).toBe(before);
  });

  it('names the row of a value that does not convert when the recipe says fail', async () => {
    const strict = {
      ...recipe,
      steps: [{ op: 'to-number', column: 'c_1990', missing: [], onInvalid: 'fail' }],
    };
    const run = await runFicha([
      'apply',
      ws,
      'inventario',
      writeRecipe('strict.json', strict),
      '--json',
    ]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error.detail).toMatchObject({
      step: 1,
      column: 'c_1990',
      row: 1,
    });
  });

  it('refuses an unknown operation before running any step', async () => {
    const bad = { ...recipe, steps: [recipe.steps[0], { op: 'explode' }] };
    const run = await runFicha(['apply', ws, 'inventario', writeRecipe('x.json', bad), '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({
      code: 'STEP_INVALID',
      detail: { step: 2 },
    });
  });

  it('refuses a file that is not a recipe', async () => {
    const run = await runFicha([
      'apply',
      ws,
      'inventario',
      writeRecipe('n.json', { steps: [] }),
      '--json',
    ]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error.code).toBe('RECIPE_INVALID');
  });
});

describe('reading commands on a workspace where nothing was applied', () => {
  it('shows an empty history and recipe without writing to the workspace', async () => {
    const history = await runFichaJson<HistoryView>(['history', ws, 'inventario']);
    expect(history.code).toBe(0);
    expect(history.value).toMatchObject({ point: 0, steps: [] });
    const recipeRun = await runFichaJson<RecipeFile>(['recipe', ws, 'inventario']);
    expect(recipeRun.value.steps).toEqual([]);
  });

  it('lists facets and clusters of a column from the command line', async () => {
    const facet = await runFichaJson<{ values: unknown[]; rows: number }>([
      'facets',
      ws,
      'inventario',
      'categoria',
    ]);
    expect(facet.value.rows).toBe(categories.length + 1);
    const clusters = await runFichaJson<{ clusters: unknown[] }>([
      'clusters',
      ws,
      'inventario',
      'categoria',
      '--method',
      'phonetic',
    ]);
    expect(clusters.code).toBe(0);
    expect(clusters.value.clusters).toEqual([]);
  });
});
