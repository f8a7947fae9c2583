import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { quoteIdent } from '../../../electron/engine/db/quote';
import {
  COLUMN_CHARTS_KIND,
  columnSummaries,
} from '../../../electron/engine/export/column-summaries';
import { silentLogger } from '../../../electron/engine/logger';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { CellValue, ColumnType } from '../../../shared/table';
import { addEmissions, tempWorkspace } from './helpers';

let workspace: Workspace;
let dir: string;
let cleanup: () => void;
const opened: Workspace[] = [];

beforeEach(() => {
  ({ workspace, dir, cleanup } = tempWorkspace());
  addEmissions(workspace);
});

afterEach(() => {
  opened.splice(0).forEach((w) => w.close());
  cleanup();
});

function reopen(): Workspace {
  const again = openWorkspace(join(dir, 'prueba.ficha'), { logger: silentLogger });
  opened.push(again);
  return again;
}

describe('column summaries of the readable ficha', () => {
  it('are read by a second connection, the same, without scanning the table again', () => {
    const first = columnSummaries(workspace, getDataset(workspace, 'emisiones'));
    workspace.close();

    const second = reopen();
    const record = getDataset(second, 'emisiones');
    const prepare = vi.spyOn(second.db, 'prepare');
    const again = columnSummaries(second, record);
    const sql = prepare.mock.calls.map((call) => String(call[0]));
    prepare.mockRestore();

    expect(again).toEqual(first);
    expect(sql.some((s) => s.includes(quoteIdent(record.tableName)))).toBe(false);
    const kinds = second.db.prepare('SELECT kind FROM fact_cache').pluck().all();
    expect(kinds).toContain(COLUMN_CHARTS_KIND);
  });

  it('give numbers their range and bars, text its distinct count', () => {
    const { columns, sample } = columnSummaries(workspace, getDataset(workspace, 'emisiones'));

    const emission = columns.find((c) => c.name === 'emision_t');
    const source = columns.find((c) => c.name === 'fuente');
    expect(emission).toMatchObject({ nonEmpty: 3, distinct: null, min: '-12', max: '1234.5' });
    expect(emission?.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(3);
    expect(source).toMatchObject({ nonEmpty: 4, distinct: 4, min: null, max: null });
    expect(sample).toBeNull();
  });

  it('take ranges over the numbers of numeric columns and the non-empty dates, as a filter would', () => {
    const columns: [string, ColumnType, CellValue[]][] = [
      ['mixto', 'number', [1.5, 'ND', null, -3, 2]],
      ['solo_texto', 'integer', ['x', 'y', null, '', 'z']],
      ['vacio', 'number', [null, null, null, null, null]],
      ['fecha', 'date', ['', '2020-01-02', '2019-05-01', null, '2021-12-31']],
      ['fecha_vacia', 'date', ['', '', null, '', '']],
      ['fecha_numero', 'date', [20200101, '2021-01-01', '', null, 'ND']],
      ['entero', 'integer', [3, 1, 2, 5, 4]],
      ['fecha_y_numero', 'date', ['', 7, null, '', '']],
    ];
    const writer = beginDatasetWrite(workspace, {
      columns: columns.map(([name, type]) => ({ name, label: name, type })),
    });
    writer.insertRows([0, 1, 2, 3, 4].map((r) => columns.map(([, , cells]) => cells[r])));
    writer.commit({
      name: 'rangos',
      title: 'rangos',
      columns: columns.map(([name, type], position) => ({
        name,
        label: name,
        type,
        position,
        mismatches: 0,
        unit: null,
      })),
    });
    const record = getDataset(workspace, 'rangos');

    // The filtered min() and max() the summaries stand for, cell by cell.
    const oracle = record.columns.map((c) => {
      const x = quoteIdent(c.name);
      const numeric = c.type === 'integer' || c.type === 'number';
      const kept = numeric
        ? `CASE WHEN typeof(${x}) IN ('integer', 'real') THEN ${x} END`
        : `CASE WHEN ${x} <> '' THEN ${x} END`;
      const [min, max] = workspace.db
        .prepare(`SELECT min(${kept}), max(${kept}) FROM ${quoteIdent(record.tableName)}`)
        .raw(true)
        .get() as unknown[];
      return { min: min === null ? null : String(min), max: max === null ? null : String(max) };
    });

    const summaries = columnSummaries(workspace, record).columns;

    expect(summaries.map(({ min, max }) => ({ min, max }))).toEqual(oracle);
    expect(oracle[0]).toEqual({ min: '-3', max: '2' });
    expect(oracle[4]).toEqual({ min: null, max: null });
    expect(oracle[7]).toEqual({ min: '7', max: '7' });
  });
});
