import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { quoteIdent } from '../../../electron/engine/db/quote';
import { silentLogger } from '../../../electron/engine/logger';
import { autofillInput, TABLE_FILL_KIND } from '../../../electron/engine/metadata/fill-input';
import { computeTableFacts } from '../../../electron/engine/metadata/table-facts';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addDataset, tempWorkspace } from './helpers';

let workspace: Workspace;
let dir: string;
let cleanup: () => void;
const opened: Workspace[] = [];

beforeEach(() => {
  ({ workspace, dir, cleanup } = tempWorkspace());
  addDataset(
    workspace,
    'emisiones',
    [
      { name: 'cve_ent', label: 'Clave de entidad', type: 'text' },
      { name: 'anio', label: 'Año', type: 'integer' },
      { name: 'sector', label: 'Sector', type: 'text' },
    ],
    [
      ['14', 2008, 'Energía'],
      ['09', 2010, 'Transporte'],
      ['14', 2009, ''],
    ],
  );
});

afterEach(() => {
  opened.splice(0).forEach((w) => w.close());
  cleanup();
});

function reopen(options: { readOnly?: boolean } = {}): Workspace {
  const again = openWorkspace(join(dir, 'prueba.ficha'), {
    logger: silentLogger,
    readOnly: options.readOnly,
  });
  opened.push(again);
  return again;
}

/** Whether any SQL prepared while `fn` runs reads the dataset's table. */
function readsTable(ws: Workspace, fn: () => void): boolean {
  const table = quoteIdent(getDataset(ws, 'emisiones').tableName);
  const prepare = vi.spyOn(ws.db, 'prepare');
  fn();
  const sql = prepare.mock.calls.map((call) => String(call[0]));
  prepare.mockRestore();
  return sql.some((s) => s.includes(table));
}

function storedKinds(ws: Workspace): string[] {
  return ws.db.prepare('SELECT kind FROM fact_cache ORDER BY kind').pluck().all() as string[];
}

describe('the auto-fill input read from the table', () => {
  it('is read by a second connection without scanning the table again', () => {
    const input = autofillInput(workspace, getDataset(workspace, 'emisiones'));
    workspace.close();

    const second = reopen();
    let again: unknown;
    const scanned = readsTable(second, () => {
      again = autofillInput(second, getDataset(second, 'emisiones'));
    });

    expect(scanned).toBe(false);
    expect(again).toEqual(input);
    expect(input.columns[2]).toMatchObject({
      example: 'Energía',
      values: ['Energía', 'Transporte'],
    });
    expect(input.temporal).toEqual({ start: '2008', end: '2010' });
    expect(storedKinds(second)).toContain(TABLE_FILL_KIND);
  });

  it('takes labels and descriptions from the catalog, not from what was stored', () => {
    autofillInput(workspace, getDataset(workspace, 'emisiones'));
    workspace.close();
    const second = reopen();
    second.db
      .prepare(`UPDATE columns SET label = 'Entidad', description = 'Clave INEGI' WHERE name = ?`)
      .run('cve_ent');

    const column = autofillInput(second, getDataset(second, 'emisiones')).columns[0];

    expect(column).toMatchObject({ label: 'Entidad', description: 'Clave INEGI', example: '14' });
  });

  it('is not stored by a read-only workspace, which still reads the table', () => {
    workspace.close();
    const reader = reopen({ readOnly: true });

    const input = autofillInput(reader, getDataset(reader, 'emisiones'));

    expect(input.columns[0].values).toEqual(['09', '14']);
    expect(storedKinds(reader)).toEqual([]);
  });

  it('takes the value lists from the table facts just measured, the same as its own query', () => {
    addDataset(
      workspace,
      'listas',
      [
        { name: 'pocos', label: 'Pocos', type: 'text' },
        { name: 'muchos', label: 'Muchos', type: 'text' },
        { name: 'mixtos', label: 'Mixtos', type: 'text' },
        { name: 'vacios', label: 'Vacíos', type: 'text' },
      ],
      Array.from({ length: 30 }, (_, i) => [
        ['Ñuñoa', 'Zacatecas', ' Jalisco', 'árbol', '', null][i % 6],
        `Planta ${i % 14}`,
        i % 2 ? 'texto' : i,
        i % 3 ? '' : null,
      ]),
    );
    const queried = autofillInput(workspace, getDataset(workspace, 'listas')).columns;
    workspace.close();
    const second = reopen();
    second.db.prepare('DELETE FROM fact_cache').run();
    const record = getDataset(second, 'listas');
    computeTableFacts(second, record);

    const prepare = vi.spyOn(second.db, 'prepare');
    const remembered = autofillInput(second, record).columns;
    const sql = prepare.mock.calls.map((call) => String(call[0]));
    prepare.mockRestore();

    expect(remembered).toEqual(queried);
    expect(queried[0].values).toEqual([' Jalisco', 'Zacatecas', 'Ñuñoa', 'árbol']);
    expect(queried[1].values).toEqual([]);
    // Only the column with numbers among its values is asked again.
    expect(sql.filter((s) => s.includes('SELECT DISTINCT'))).toHaveLength(1);
  });
});
