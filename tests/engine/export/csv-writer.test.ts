import { SqliteError } from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { writeTableCsv } from '../../../electron/engine/export/csv-writer';
import { numberText, quoteField } from '../../../electron/engine/export/csv-format';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { CellValue, ColumnType } from '../../../shared/table';
import { tempWorkspace } from './helpers';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => ({ workspace, cleanup } = tempWorkspace()));
afterEach(() => cleanup());

async function csvOf(
  types: ColumnType[],
  rows: CellValue[][],
  pageRows?: number,
  helper?: boolean,
): Promise<string> {
  const columns = types.map((type, i) => ({ name: `c${i}`, label: `C${i}`, type }));
  const writer = beginDatasetWrite(workspace, { columns });
  writer.insertRows(rows);
  writer.commit({
    name: 'prueba',
    columns: columns.map((c, position) => ({ ...c, position, mismatches: 0, unit: null })),
  });
  let text = '';
  await writeTableCsv(
    workspace,
    getDataset(workspace, 'prueba'),
    { write: (c) => void (text += c) },
    { pageRows, helper },
  );
  return text;
}

describe('the CSV writer', () => {
  it('quotes fields with commas, quotes and line breaks and doubles inner quotes', async () => {
    const csv = await csvOf(
      ['text'],
      [['a,b'], ['dijo "hola"'], ['línea\nsiguiente'], ['retorno\r'], ['simple']],
    );
    expect(csv).toBe(
      'c0\r\n"a,b"\r\n"dijo ""hola"""\r\n"línea\nsiguiente"\r\n"retorno\r"\r\nsimple\r\n',
    );
  });

  it('keeps accents and the leading zeros of codes', async () => {
    expect(await csvOf(['text', 'text'], [['007', 'Michoacán de Ocampo']])).toBe(
      'c0,c1\r\n007,Michoacán de Ocampo\r\n',
    );
  });

  it('writes numbers with a point decimal, shortest form, no grouping', async () => {
    const csv = await csvOf(
      ['number', 'integer'],
      [
        [1234567.25, 12],
        [1 / 3, -4],
        [-0.5, 0],
      ],
    );
    expect(csv).toBe('c0,c1\r\n1234567.25,12\r\n0.3333333333333333,-4\r\n-0.5,0\r\n');
  });

  it('writes stored booleans as true and false and missing values as empty fields', async () => {
    const csv = await csvOf(
      ['boolean', 'text', 'date'],
      [
        [true, null, '2020-01-31'],
        [false, '', null],
        [null, 'x', '2021-12-01'],
      ],
    );
    expect(csv).toBe('c0,c1,c2\r\ntrue,,2020-01-31\r\nfalse,,\r\n,x,2021-12-01\r\n');
  });

  it('keeps a value that did not fit its column type as text', async () => {
    expect(await csvOf(['number'], [[1.5], ['ND'], ['1,5']])).toBe('c0\r\n1.5\r\nND\r\n"1,5"\r\n');
  });

  it('writes numbers stored in a text column the way a number column does', async () => {
    expect(
      await csvOf(
        ['text', 'boolean'],
        [
          [0.1 + 0.2, 1],
          [7, 'sí, claro'],
          [null, 0],
        ],
      ),
    ).toBe('c0,c1\r\n0.30000000000000004,true\r\n7,"sí, claro"\r\n,false\r\n');
  });

  it('writes every row once across pages, in table order', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [i]);
    const csv = await csvOf(['integer'], rows, 7);
    expect(csv.trimEnd().split('\r\n').slice(1).map(Number)).toEqual(rows.map((r) => r[0]));
  });

  it("reads fewer rows per page when a page passes SQLite's length limit", async () => {
    const prepare = workspace.db.prepare.bind(workspace.db);
    const asked: number[] = [];
    vi.spyOn(workspace.db, 'prepare').mockImplementation((sql: string) => {
      const statement = prepare(sql) as Statement<unknown[]>;
      if (!sql.includes('group_concat')) return statement;
      const get = statement.get.bind(statement);
      statement.get = (...params: unknown[]) => {
        const rows = params.at(-1) as number;
        asked.push(rows);
        if (rows > 6) throw new SqliteError('string or blob too big', 'SQLITE_TOOBIG');
        return get(...params);
      };
      return statement;
    });
    const rows = Array.from({ length: 25 }, (_, i) => [i]);

    const csv = await csvOf(['integer'], rows, 20);

    expect(asked).toEqual([20, 10, 5, 5, 5, 5, 5, 5]);
    expect(csv.trimEnd().split('\r\n').slice(1).map(Number)).toEqual(rows.map((r) => r[0]));
  });

  it('writes the same bytes when a helper thread reads every other page', async () => {
    const rows = Array.from({ length: 10_007 }, (_, i) => [
      i,
      i % 3 ? `fila ${i}` : `"fila", ${i}`,
      i / 7,
    ]);
    const alone = await csvOf(['integer', 'text', 'number'], rows, 1000, false);
    cleanup();
    ({ workspace, cleanup } = tempWorkspace());

    const helped = await csvOf(['integer', 'text', 'number'], rows, 1000, true);

    expect(helped).toBe(alone);
    expect(helped.trimEnd().split('\r\n')).toHaveLength(10_008);
  });

  it('names the values that are not finite as Table Schema does', () => {
    expect([Infinity, -Infinity, Number.NaN].map(numberText)).toEqual(['INF', '-INF', 'NaN']);
    expect(quoteField('sin comas')).toBe('sin comas');
  });
});
