import { describe, expect, it } from 'vitest';
import { columnEdges, rowNumberWidth, visibleColumns } from '../../renderer/src/grid/column-layout';
import { gridKey } from '../../renderer/src/grid/keyboard';
import { rowRole } from '../../renderer/src/grid/region-roles';
import { evictFar, rowAt, windowsCovering } from '../../renderer/src/grid/row-windows';
import {
  contentOffset,
  maxScrollHeight,
  scrollSpace,
  scrollTopFor,
  visibleRows,
} from '../../renderer/src/grid/scroll-space';

describe('the scroll space', () => {
  it('is the rows’ own height for small tables', () => {
    const space = scrollSpace(1000, 28, 500);
    expect(space.height).toBe(28_000);
    expect(space.ratio).toBe(1);
  });

  it('stays under the browsers’ height limit at a million rows', () => {
    const space = scrollSpace(1_000_000, 28, 500);
    expect(space.height).toBeLessThanOrEqual(maxScrollHeight);
    expect(space.ratio).toBeGreaterThan(1);
  });

  it('reaches the last row exactly at the bottom of a compressed space', () => {
    const viewport = 500;
    const space = scrollSpace(1_000_000, 28, viewport);
    const bottom = space.height - viewport;
    const offset = contentOffset(space, bottom, viewport);
    const rows = visibleRows(offset, viewport, 28, 1_000_000);
    expect(rows.last).toBe(999_999);
  });

  it('maps a row back to a scroll position that shows it', () => {
    const viewport = 500;
    const space = scrollSpace(1_000_000, 28, viewport);
    const top = scrollTopFor(space, 654_321 * 28, viewport);
    const rows = visibleRows(contentOffset(space, top, viewport), viewport, 28, 1_000_000);
    expect(rows.first).toBeLessThanOrEqual(654_321);
    expect(rows.last).toBeGreaterThanOrEqual(654_321);
  });
});

describe('row windows', () => {
  it('lists the windows that hold a range of rows', () => {
    expect(windowsCovering(0, 10, 1000)).toEqual([0]);
    expect(windowsCovering(190, 410, 1000)).toEqual([0, 1, 2]);
    expect(windowsCovering(990, 1200, 1000)).toEqual([4]);
    expect(windowsCovering(0, 10, 0)).toEqual([]);
  });

  it('drops the windows farthest from the one in view', () => {
    const windows = Object.fromEntries(
      [0, 1, 2, 50, 51].map((index) => [index, { index, rows: [], rowIds: [] }]),
    );
    const kept = evictFar(windows, 51, 3);
    expect(
      Object.keys(kept)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([2, 50, 51]);
  });

  it('finds a row in its window and nothing where none was fetched', () => {
    const windows = { 1: { index: 1, rows: [['a'], ['b']], rowIds: [201, 202] } };
    expect(rowAt(windows, 201)).toEqual({ values: ['b'], rowId: 202 });
    expect(rowAt(windows, 5)).toBeUndefined();
  });
});

describe('column layout', () => {
  it('finds the columns in view from their edges', () => {
    const edges = columnEdges([100, 100, 100, 100]);
    expect(edges).toEqual([0, 100, 200, 300, 400]);
    expect(visibleColumns(edges, 150, 120)).toEqual({ first: 1, last: 2 });
    expect(visibleColumns(edges, 0, 1000)).toEqual({ first: 0, last: 3 });
  });

  it('widens the row-number column for large tables', () => {
    expect(rowNumberWidth(1_000_000)).toBeGreaterThan(rowNumberWidth(10));
  });
});

describe('grid keys', () => {
  const bounds = { rows: 1000, columns: 5, pageRows: 20 };

  it('moves with arrows and stops at the edges', () => {
    expect(gridKey('ArrowDown', false, { row: 0, col: 0 }, bounds)).toEqual({
      type: 'move',
      focus: { row: 1, col: 0 },
    });
    expect(gridKey('ArrowLeft', false, { row: 3, col: 0 }, bounds)).toEqual({
      type: 'move',
      focus: { row: 3, col: 0 },
    });
  });

  it('goes up into the header and sorts there with Enter', () => {
    expect(gridKey('ArrowUp', false, { row: 0, col: 2 }, bounds)).toEqual({
      type: 'move',
      focus: { row: -1, col: 2 },
    });
    expect(gridKey('Enter', false, { row: -1, col: 2 }, bounds)).toEqual({ type: 'sort' });
    expect(gridKey('Enter', false, { row: 4, col: 2 }, bounds)).toBeNull();
  });

  it('pages and jumps to the first and last cells', () => {
    expect(gridKey('PageDown', false, { row: 990, col: 1 }, bounds)).toEqual({
      type: 'move',
      focus: { row: 999, col: 1 },
    });
    expect(gridKey('End', true, { row: 5, col: 1 }, bounds)).toEqual({
      type: 'move',
      focus: { row: 999, col: 4 },
    });
    expect(gridKey('Home', false, { row: 5, col: 3 }, bounds)).toEqual({
      type: 'move',
      focus: { row: 5, col: 0 },
    });
  });
});

describe('region roles in the wizard preview', () => {
  const region = {
    titleRows: [1, 2] as [number, number],
    headerRows: [3, 4] as [number, number],
    dataRows: [5, 20] as [number, number],
    noteRows: [22, 23] as [number, number],
    firstColumn: 1,
    lastColumn: 5,
    totalRows: [20],
  };

  it('tells titles, header, data, totals and notes apart', () => {
    expect(rowRole(region, 1)).toBe('title');
    expect(rowRole(region, 4)).toBe('header');
    expect(rowRole(region, 10)).toBe('data');
    expect(rowRole(region, 20)).toBe('total');
    expect(rowRole(region, 21)).toBe('outside');
    expect(rowRole(region, 23)).toBe('note');
  });
});

describe('grid keys on the header', () => {
  const bounds = { rows: 10, columns: 3, pageRows: 5 };

  it('opens the column’s filter with Alt+ArrowDown or F, and only on the header', () => {
    expect(gridKey('ArrowDown', false, { row: -1, col: 1 }, bounds, true)).toEqual({
      type: 'filter',
    });
    expect(gridKey('f', false, { row: -1, col: 1 }, bounds)).toEqual({ type: 'filter' });
    expect(gridKey('f', false, { row: 2, col: 1 }, bounds)).toBeNull();
  });
});
