import { describe, expect, it } from 'vitest';
import type { FixtureColumn } from '../recipes/fixture';
import { tableOut } from './run';

const wide: FixtureColumn[] = [
  ['cat', 'text'],
  ['c_1990', 'number', 'Año 1990'],
  ['c_1991', 'number', 'Año 1991'],
];

describe('unpivot keyType', () => {
  it('keeps labels with words as text keys by default', () => {
    const out = tableOut(
      [...wide],
      [['1A', 1, 2]],
      [{ op: 'unpivot', columns: ['c_1990', 'c_1991'], key: 'anio', value: 'v' }],
    );
    expect(out.rows).toEqual([
      ['1A', 'Año 1990', 1],
      ['1A', 'Año 1991', 2],
    ]);
    expect(out.catalog.find((c) => c.name === 'anio')?.type).toBe('text');
  });

  it('casts the key to integer from the one run of digits in each label', () => {
    const out = tableOut(
      [...wide],
      [['1A', 1, 2]],
      [
        {
          op: 'unpivot',
          columns: ['c_1990', 'c_1991'],
          key: 'anio',
          value: 'v',
          keyType: 'integer',
        },
      ],
    );
    expect(out.rows).toEqual([
      ['1A', 1990, 1],
      ['1A', 1991, 2],
    ]);
    expect(out.catalog.find((c) => c.name === 'anio')?.type).toBe('integer');
    expect(out.result.applied[0].report.counts).toEqual({});
  });

  it('reports keys that hold no single number instead of inventing one', () => {
    const out = tableOut(
      [
        ['a', 'number', 'Total'],
        ['b', 'number', '2020'],
      ],
      [[5, 6]],
      [{ op: 'unpivot', columns: ['a', 'b'], key: 'k', value: 'v', keyType: 'integer' }],
    );
    expect(out.rows).toEqual([
      [null, 5],
      [2020, 6],
    ]);
    expect(out.result.applied[0].report).toEqual({
      counts: { notConverted: 1 },
      examples: ['Total'],
    });
  });

  it('keeps year keys as text when asked', () => {
    const out = tableOut(
      [
        ['a', 'number', '2019'],
        ['b', 'number', '2020'],
      ],
      [[5, 6]],
      [{ op: 'unpivot', columns: ['a', 'b'], key: 'k', value: 'v', keyType: 'text' }],
    );
    expect(out.rows).toEqual([
      ['2019', 5],
      ['2020', 6],
    ]);
  });
});

describe('pivot aggregate', () => {
  const long: FixtureColumn[] = [
    ['estado', 'text'],
    ['anio', 'integer'],
    ['valor', 'integer'],
  ];
  const rows = [
    ['Colima', 2020, 1],
    ['Colima', 2020, 4],
    ['Colima', 2021, 2],
    ['Jalisco', 2020, 7],
    ['Jalisco', 2021, null],
  ];

  it('keeps the first value of each cell by default', () => {
    const out = tableOut([...long], rows, [{ op: 'pivot', key: 'anio', value: 'valor' }]);
    expect(out.rows).toEqual([
      ['Colima', 1, 2],
      ['Jalisco', 7, null],
    ]);
  });

  it('sums, counts and averages the values of each cell', () => {
    const sum = tableOut([...long], rows, [
      { op: 'pivot', key: 'anio', value: 'valor', aggregate: 'sum' },
    ]);
    expect(sum.rows).toEqual([
      ['Colima', 5, 2],
      ['Jalisco', 7, null],
    ]);
    expect(sum.catalog.map((c) => c.type)).toEqual(['text', 'integer', 'integer']);

    const count = tableOut([...long], rows, [
      { op: 'pivot', key: 'anio', value: 'valor', aggregate: 'count' },
    ]);
    expect(count.rows).toEqual([
      ['Colima', 2, 1],
      ['Jalisco', 1, 0],
    ]);

    const mean = tableOut([...long], rows, [
      { op: 'pivot', key: 'anio', value: 'valor', aggregate: 'mean' },
    ]);
    expect(mean.rows[0]).toEqual(['Colima', 2.5, 2]);
    expect(mean.catalog[1].type).toBe('number');
  });

  it('takes the smallest and largest values', () => {
    const min = tableOut([...long], rows, [
      { op: 'pivot', key: 'anio', value: 'valor', aggregate: 'min' },
    ]);
    const max = tableOut([...long], rows, [
      { op: 'pivot', key: 'anio', value: 'valor', aggregate: 'max' },
    ]);
    expect(min.rows[0]).toEqual(['Colima', 1, 2]);
    expect(max.rows[0]).toEqual(['Colima', 4, 2]);
  });
});
