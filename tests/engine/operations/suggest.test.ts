import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestSteps } from '../../../electron/engine/operations/suggest';
import { applySteps } from '../../../electron/engine/recipes/apply-steps';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addTable, readTable, tempWorkspace } from '../recipes/fixture';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addTable(
    workspace,
    'inv',
    [
      ['sector', 'text', 'Sector'],
      ['categoria', 'text', 'Categoría'],
      ['c_1990', 'number', '1990'],
      ['c_1991', 'number', '1991'],
      ['c_1992', 'number', '1992'],
    ],
    [
      ['Energía', '1A1 Generación', 1, 'NE', 2],
      [null, '1A2 Manufactura', 3, 4, 'NO'],
      [null, '1A3 Transporte', 5, 6, 7],
      ['Agricultura', '3A Ganado', 8, 9, 10],
      [null, '3B Suelos', 1, 1, 1],
      ['Total', null, 18, 20, 20],
    ],
  );
});
afterEach(() => cleanup());

describe('suggestions', () => {
  it('finds total rows, years as columns with keys, and merged cells to fill down', () => {
    const kinds = suggestSteps(workspace, 'inv').map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['total-rows', 'years-as-columns', 'fill-down']));
  });

  it('offers steps that apply as they are', () => {
    const suggestions = suggestSteps(workspace, 'inv');
    const pick = (kind: string) => suggestions.find((s) => s.kind === kind)!.steps;
    applySteps(workspace, 'inv', [
      ...pick('total-rows'),
      ...pick('fill-down'),
      ...pick('years-as-columns'),
    ]);
    const table = readTable(workspace, 'inv');
    expect(table.columns).toEqual(['sector', 'categoria', 'anio', 'valor', 'nota']);
    expect(table.rows[1]).toEqual(['Energía', '1A1 Generación', 1991, null, 'NE']);
    expect(table.rows).toHaveLength(15);
  });

  it('suggests converting a numeric column that holds notation keys', () => {
    addTable(workspace, 'n', [['v', 'number']], [[1], ['ND'], [3]]);
    const suggestion = suggestSteps(workspace, 'n').find((s) => s.kind === 'notation-keys');
    expect(suggestion?.steps[0]).toMatchObject({
      op: 'to-number',
      column: 'v',
      flagColumn: 'v_nota',
    });
  });
});
