import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { quoteIdent } from '../../../electron/engine/db/quote';
import {
  computeTableFacts,
  measureTableFacts,
} from '../../../electron/engine/metadata/table-facts';
import { validateDataset } from '../../../electron/engine/metadata/validate-dataset';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { TestColumn } from './helpers';
import { addDataset, tempWorkspace } from './helpers';
import { referenceTableFacts } from './table-facts-reference';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());

  // A printed table: merged sector cells, a total row, spelling variants,
  // notation keys, local dates, numbers typed as text, an empty column.
  addDataset(
    workspace,
    'sucia',
    [
      { name: 'sector', label: 'Sector', type: 'text' },
      { name: 'estado', label: 'Estado', type: 'text' },
      { name: 'emisiones', label: 'Emisiones (t)', type: 'number', mismatches: 3 },
      { name: 'fecha', label: 'Fecha', type: 'text' },
      { name: 'monto', label: 'Monto', type: 'text' },
      { name: 'vacia', label: 'Vacía', type: 'text' },
    ],
    [
      ['Energía', 'Jalisco', 10, '31/12/2020', '1,234.50', null],
      [null, 'JALISCO ', 'ND', '15/01/2021', '2,000', null],
      [null, 'Jalisco', 12, '01/02/2021', '300', null],
      ['Transporte', 'Sonora', '-', '01/03/2021', '45.5', null],
      [null, 'Sonora', 7, '2021-04-01', '12 %', null],
      ['Transporte', 'Sonora', 8, '01/05/2021', '7', null],
      ['Total', null, 'NE', null, '3,600', null],
      ['Transporte', 'Sonora', 8, '01/05/2021', '7', null],
    ],
  );
});

afterEach(() => cleanup());

describe('data-quality facts computed in SQLite', () => {
  it('counts what the quality rules need, column by column', () => {
    const facts = computeTableFacts(workspace, getDataset(workspace, 'sucia'));
    const byName = Object.fromEntries(facts.columns.map((c) => [c.name, c]));

    expect(facts.rows).toBe(8);
    expect(facts.duplicateRows).toBe(1);
    expect(facts.duplicateExamples).toEqual([8]);
    expect(byName.sector.blankRuns).toBe(3);
    expect(byName.sector.totalRows).toEqual([7]);
    expect(byName.estado.untrimmed).toBe(1);
    expect(byName.estado.nearDuplicates).toEqual([['Jalisco', 'JALISCO ']]);
    expect(byName.emisiones.markers).toEqual({ ND: 1, '-': 1, NE: 1 });
    expect(byName.fecha.nonIsoDates).toBe(6);
    expect(byName.fecha.nonIsoDatePattern).toBe('dd/MM/yyyy');
    expect(byName.monto.numericText).toBe(8);
    expect(byName.vacia.nonEmpty).toBe(0);
  });

  it('turns the facts into findings that offer the fixing operations', () => {
    const report = validateDataset(workspace, 'sucia', { profiles: ['data-quality'] });
    const ops = Object.fromEntries(
      report.findings.map((f) => [f.rule, f.fix?.kind === 'operation' ? f.fix.step.op : null]),
    );

    expect(ops).toMatchObject({
      'quality.total-rows': 'remove-rows',
      'quality.duplicate-rows': 'remove-duplicates',
      'quality.merged-cells': 'fill-down',
      'quality.notation-keys': 'to-number',
      'quality.dates-not-iso': 'to-date',
      'quality.numbers-as-text': 'to-number',
      'quality.empty-column': 'delete-columns',
      'quality.whitespace': 'trim',
      'quality.near-duplicate-categories': 'map-values',
    });
    expect(report.counts.error).toBe(1);
  });
});

/** A small deterministic generator, so that failures repeat. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const textPool = [
  'Jalisco',
  'JALISCO ',
  ' jalisco',
  'Sonora',
  'Michoacán',
  'MICHOACAN',
  '',
  null,
  '  ',
  '1,234.5',
  '12 %',
  '$ 30',
  '007',
  '-5',
  '1-2',
  '31/12/2020',
  '12/31/20',
  '2021-04-01',
  'Total',
  'Gran total: 5',
  'subtotal',
  'ND',
  '-',
  'n.d.',
  'x',
  '<5',
  'c',
  5,
  2.5,
];
const numberPool = [1, 2.5, 3, 0, -0, 'ND', 'NE', ' - ', '', null, '12', 'n/a'];

function messyColumns(): TestColumn[] {
  return [
    { name: 'estado', label: 'Estado', type: 'text' },
    { name: 'cve_mun', label: 'Clave', type: 'text' },
    { name: 'monto', label: 'Monto', type: 'text' },
    { name: 'valor', label: 'Valor', type: 'number' },
    { name: 'anio', label: 'Año', type: 'integer' },
    { name: 'fecha', label: 'Fecha', type: 'date' },
  ];
}

function messyRows(seed: number, count: number) {
  const next = random(seed);
  const pick = <T>(pool: T[]) => pool[Math.floor(next() * pool.length)];
  return Array.from({ length: count }, () => [
    pick(textPool),
    pick(textPool),
    next() < 0.7 ? pick(['1,234', '45.5', '300', '7 %']) : pick(textPool),
    pick(numberPool),
    pick([2020, 2021, null, '2022']),
    pick(['2020-01-01', '', null, '01/02/2020']),
  ]);
}

describe('the faster table facts', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`equal the facts of one query per test on messy table ${seed}`, () => {
      addDataset(workspace, `t${seed}`, messyColumns(), messyRows(seed, 40 + seed * 30));
      const record = getDataset(workspace, `t${seed}`);

      const facts = measureTableFacts(workspace, record);

      expect(JSON.stringify(facts)).toBe(JSON.stringify(referenceTableFacts(workspace, record)));
    });
  }

  it('equal them on a table with more distinct values than are read back', () => {
    const rows = Array.from({ length: 5200 }, (_, i) => [
      i % 700 === 0 ? 'ND' : (i * 7).toLocaleString('en-US'),
      `nombre ${i % 650}${i % 2 ? ' ' : ''}`,
      i === 5000 ? 'Total' : `fila ${i}`,
      i % 3 ? i / 4 : 'n.d.',
    ]);
    addDataset(
      workspace,
      'ancha',
      [
        { name: 'monto', label: 'Monto', type: 'text' },
        { name: 'nombre', label: 'Nombre', type: 'text' },
        { name: 'nota', label: 'Nota', type: 'text' },
        { name: 'valor', label: 'Valor', type: 'number' },
      ],
      rows,
    );
    const record = getDataset(workspace, 'ancha');

    const facts = measureTableFacts(workspace, record);

    expect(JSON.stringify(facts)).toBe(JSON.stringify(referenceTableFacts(workspace, record)));
    expect(facts.columns[0].markers).toEqual({ ND: 8 });
  });

  it('falls back to testing every cell when a column holds a BLOB, with the same facts', () => {
    addDataset(workspace, 'blob', messyColumns(), messyRows(7, 120));
    const record = getDataset(workspace, 'blob');
    workspace.db
      .prepare(`UPDATE ${quoteIdent(record.tableName)} SET estado = x'4a20' WHERE rowid = 3`)
      .run();
    const warn = vi.spyOn(workspace.logger, 'warn');

    const facts = measureTableFacts(workspace, record);

    expect(JSON.stringify(facts)).toBe(JSON.stringify(referenceTableFacts(workspace, record)));
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('counts duplicate rows as GROUP BY does: NULLs alike, 1 and 1.0 alike, 1 and "1" apart', () => {
    addDataset(
      workspace,
      'dups',
      [
        { name: 'a', label: 'A', type: 'text' },
        { name: 'b', label: 'B', type: 'number' },
      ],
      [
        [null, 1],
        [null, 1],
        ['x', 1],
        ['x', '1'],
        ['x', 2],
        ['x', 2],
      ],
    );
    const record = getDataset(workspace, 'dups');
    // The last row holds the real 2.0, which SQL compares equal to the integer 2.
    workspace.db
      .prepare(`UPDATE ${quoteIdent(record.tableName)} SET b = 2.0 WHERE rowid = 6`)
      .run();
    expect(
      workspace.db
        .prepare(`SELECT typeof(b) FROM ${quoteIdent(record.tableName)}`)
        .pluck()
        .all(),
    ).toEqual(['integer', 'integer', 'integer', 'text', 'integer', 'real']);

    const facts = measureTableFacts(workspace, record);

    expect(facts.duplicateRows).toBe(2);
    expect(facts.duplicateExamples).toEqual([2, 6]);
  });

  it('finds no duplicate rows at once when a column has a distinct value in every row', () => {
    addDataset(
      workspace,
      'unicas',
      [{ name: 'id', label: 'Id', type: 'text' }],
      [['a'], ['b'], ['c']],
    );

    const facts = measureTableFacts(workspace, getDataset(workspace, 'unicas'));

    expect(facts.duplicateRows).toBe(0);
    expect(facts.columns[0].distinct).toBe(3);
  });

  it('reads the facts it stored for the same revision', () => {
    const record = getDataset(workspace, 'sucia');
    const first = computeTableFacts(workspace, record);

    expect(computeTableFacts(workspace, record)).toEqual(first);
    expect(first).toEqual(measureTableFacts(workspace, record));
  });
});
