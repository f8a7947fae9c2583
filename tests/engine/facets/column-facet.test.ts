import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnFacet } from '../../../electron/engine/facets/column-facet';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addTable, tempWorkspace } from '../recipes/fixture';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addTable(
    workspace,
    'd',
    [
      ['estado', 'text'],
      ['valor', 'number'],
      ['fecha', 'date'],
    ],
    [
      ['Michoacán', 1, '2020-01-05'],
      ['Michoacán', 2, '2020-02-01'],
      ['Jalisco', 'NE', '2021-03-01'],
      [null, 10, 'pronto'],
      ['  ', 5.5, null],
    ],
  );
});
afterEach(() => cleanup());

describe('column facets', () => {
  it('counts values, most frequent first, and blanks apart', () => {
    const facet = columnFacet(workspace, 'd', 'estado');
    expect(facet.values).toEqual([
      { value: 'Michoacán', count: 2 },
      { value: 'Jalisco', count: 1 },
    ]);
    expect(facet).toMatchObject({ rows: 5, blank: 2, nonBlank: 3, distinct: 2 });
  });

  it('searches values ignoring accents and case', () => {
    const facet = columnFacet(workspace, 'd', 'estado', { search: 'michoacan' });
    expect(facet.values.map((v) => v.value)).toEqual(['Michoacán']);
  });

  it('lists values that do not fit the column type', () => {
    expect(columnFacet(workspace, 'd', 'valor').mismatched).toEqual([{ value: 'NE', count: 1 }]);
    expect(columnFacet(workspace, 'd', 'fecha').mismatched).toEqual([
      { value: 'pronto', count: 1 },
    ]);
  });

  it('draws a histogram of numbers with equal ranges', () => {
    const histogram = columnFacet(workspace, 'd', 'valor', { bins: 3 }).histogram ?? [];
    expect(histogram.map((b) => b.count)).toEqual([2, 1, 1]);
    expect(histogram[0].from).toBe(1);
    expect(histogram[2].to).toBe(10);
  });

  it('draws a timeline of dates by year', () => {
    expect(columnFacet(workspace, 'd', 'fecha').timeline).toEqual([
      { period: '2020', count: 2 },
      { period: '2021', count: 1 },
    ]);
  });

  it('says which column does not exist', () => {
    expect(() => columnFacet(workspace, 'd', 'nada')).toThrow(/nada/);
  });
});
