import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { quoteIdent } from '../../../electron/engine/db/quote';
import {
  COLUMN_CHARTS_KIND,
  columnSummaries,
} from '../../../electron/engine/export/column-summaries';
import { silentLogger } from '../../../electron/engine/logger';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
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
});
