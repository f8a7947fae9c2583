import { describe, expect, it } from 'vitest';
import { tableOut } from './run';

describe('structure operations', () => {
  it('splits a column by a separator into columns in its place', () => {
    const out = tableOut(
      [
        ['id', 'integer'],
        ['lugar', 'text'],
      ],
      [
        [1, 'Jalisco, Guadalajara, Centro'],
        [2, 'Colima'],
      ],
      [{ op: 'split-column', column: 'lugar', separator: ',', into: ['estado', 'municipio'] }],
    );
    expect(out.columns).toEqual(['id', 'estado', 'municipio']);
    expect(out.rows).toEqual([
      [1, 'Jalisco', 'Guadalajara, Centro'],
      [2, 'Colima', null],
    ]);
  });

  it('splits a column by a pattern and keeps the original when asked', () => {
    const out = tableOut(
      [['p', 'text']],
      [['2020-T1']],
      [
        {
          op: 'split-column',
          column: 'p',
          pattern: '^(\\d{4})-T(\\d)$',
          into: ['anio', 'trimestre'],
          keep: true,
        },
      ],
    );
    expect(out.rows).toEqual([['2020-T1', '2020', '1']]);
  });

  it('merges columns skipping empty parts', () => {
    const out = tableOut(
      [
        ['a', 'text'],
        ['b', 'text'],
      ],
      [
        ['Ciudad', 'de México'],
        ['Colima', null],
      ],
      [{ op: 'merge-columns', columns: ['a', 'b'], into: 'nombre', drop: true }],
    );
    expect(out.columns).toEqual(['nombre']);
    expect(out.rows).toEqual([['Ciudad de México'], ['Colima']]);
  });

  it('fills down what merged cells left blank', () => {
    const out = tableOut(
      [
        ['g', 'text'],
        ['v', 'integer'],
      ],
      [
        ['Energía', 1],
        [null, 2],
        ['  ', 3],
        ['Agricultura', 4],
        [null, 5],
      ],
      [{ op: 'fill-down', column: 'g' }],
    );
    expect(out.rows.map((r) => r[0])).toEqual([
      'Energía',
      'Energía',
      'Energía',
      'Agricultura',
      'Agricultura',
    ]);
  });

  it('blanks down repeated values', () => {
    const out = tableOut(
      [['g', 'text']],
      [['A'], ['A'], ['B'], ['B'], ['A']],
      [{ op: 'blank-down', column: 'g' }],
    );
    expect(out.rows.map((r) => r[0])).toEqual(['A', null, 'B', null, 'A']);
  });

  it('removes rows whose every cell is blank', () => {
    const out = tableOut(
      [
        ['a', 'text'],
        ['b', 'integer'],
      ],
      [
        ['x', 1],
        [' ', null],
        [null, 2],
      ],
      [{ op: 'remove-blank-rows' }],
    );
    expect(out.rows).toEqual([
      ['x', 1],
      [null, 2],
    ]);
  });

  it('removes columns whose every cell is blank', () => {
    const out = tableOut(
      [
        ['a', 'text'],
        ['b', 'text'],
      ],
      [
        ['x', null],
        ['y', ' '],
      ],
      [{ op: 'remove-blank-columns' }],
    );
    expect(out.columns).toEqual(['a']);
  });

  it('removes duplicate rows keeping the first', () => {
    const out = tableOut(
      [
        ['a', 'text'],
        ['b', 'integer'],
      ],
      [
        ['x', 1],
        ['y', 1],
        ['x', 1],
        ['x', 2],
      ],
      [{ op: 'remove-duplicates' }],
    );
    expect(out.rows).toEqual([
      ['x', 1],
      ['y', 1],
      ['x', 2],
    ]);
  });

  it('removes duplicates judged by some columns only', () => {
    const out = tableOut(
      [
        ['a', 'text'],
        ['b', 'integer'],
      ],
      [
        ['x', 1],
        ['x', 2],
      ],
      [{ op: 'remove-duplicates', columns: ['a'] }],
    );
    expect(out.rows).toEqual([['x', 1]]);
  });

  it('removes total rows by pattern, ignoring case', () => {
    const out = tableOut(
      [['c', 'text']],
      [['Energía'], ['TOTAL NACIONAL'], ['Residuos']],
      [{ op: 'remove-rows', where: { column: 'c', matches: '^total' } }],
    );
    expect(out.rows).toEqual([['Energía'], ['Residuos']]);
  });

  it('removes rows equal to a value, matching numbers by their text', () => {
    const out = tableOut(
      [['y', 'integer']],
      [[1990], [1991]],
      [{ op: 'remove-rows', where: { column: 'y', equals: '1990' } }],
    );
    expect(out.rows).toEqual([[1991]]);
  });

  it('removes rows where a column is empty', () => {
    const out = tableOut(
      [['y', 'text']],
      [['a'], [null], ['']],
      [{ op: 'remove-rows', where: { column: 'y', empty: true } }],
    );
    expect(out.rows).toEqual([['a']]);
  });

  it('keeps only rows matching a condition', () => {
    const out = tableOut(
      [['e', 'text']],
      [['Jalisco'], ['Colima'], ['Sonora']],
      [{ op: 'keep-rows', where: { column: 'e', in: ['Colima', 'Sonora'] } }],
    );
    expect(out.rows).toEqual([['Colima'], ['Sonora']]);
  });

  it('unpivots years as columns into a year and a value column', () => {
    const out = tableOut(
      [
        ['cat', 'text'],
        ['c_1990', 'number', '1990'],
        ['c_1991', 'number', '1991'],
        ['nota', 'text'],
      ],
      [
        ['A', 1.5, 2],
        ['B', 'NE', 4],
      ].map((r) => [...r, 'n']),
      [{ op: 'unpivot', columns: ['c_1990', 'c_1991'], key: 'anio', value: 'valor' }],
    );
    expect(out.columns).toEqual(['cat', 'anio', 'valor', 'nota']);
    expect(out.rows).toEqual([
      ['A', 1990, 1.5, 'n'],
      ['A', 1991, 2, 'n'],
      ['B', 1990, 'NE', 'n'],
      ['B', 1991, 4, 'n'],
    ]);
    expect(out.catalog[1].type).toBe('integer');
    expect(out.catalog[2].mismatches).toBe(1);
  });

  it('pivots keys into columns in order of first appearance', () => {
    const out = tableOut(
      [
        ['estado', 'text'],
        ['anio', 'integer'],
        ['valor', 'number'],
      ],
      [
        ['Colima', 2020, 1],
        ['Colima', 2021, 2],
        ['Jalisco', 2021, 4],
        ['Jalisco', 2020, 3],
      ],
      [{ op: 'pivot', key: 'anio', value: 'valor' }],
    );
    expect(out.columns).toEqual(['estado', 'c2020', 'c2021']);
    expect(out.rows).toEqual([
      ['Colima', 1, 2],
      ['Jalisco', 3, 4],
    ]);
    expect(out.catalog[1].label).toBe('2020');
  });

  it('splits a combined code and name column', () => {
    const out = tableOut(
      [['categoria', 'text']],
      [['1A2ci Petroquímica'], ['3.B - Ganado'], ['Sin clave']],
      [{ op: 'split-code-name', column: 'categoria', code: 'clave', name: 'categoria' }],
    );
    expect(out.columns).toEqual(['clave', 'categoria']);
    expect(out.rows).toEqual([
      ['1A2ci', 'Petroquímica'],
      ['3.B', 'Ganado'],
      [null, 'Sin clave'],
    ]);
  });

  it('maps values through a table, numbers by their text', () => {
    const out = tableOut(
      [
        ['e', 'text'],
        ['n', 'integer'],
      ],
      [
        ['Edo. de México', 1],
        ['Jalisco', 2],
      ],
      [
        { op: 'map-values', column: 'e', map: { 'Edo. de México': 'México' } },
        { op: 'map-values', column: 'n', map: { '2': 20 } },
      ],
    );
    expect(out.rows).toEqual([
      ['México', 1],
      ['Jalisco', 20],
    ]);
  });

  it('adds INEGI state keys tolerant of the usual variants', () => {
    const names = [
      'Edo. de México',
      'Mexico',
      'CDMX',
      'Distrito Federal',
      'Michoacán',
      'VERACRUZ',
      'Coahuila de Zaragoza',
      'Atlántida',
    ];
    const out = tableOut(
      [['estado', 'text']],
      names.map((n) => [n]),
      [{ op: 'inegi-state', column: 'estado', canonicalName: 'entidad' }],
    );
    expect(out.columns).toEqual(['estado', 'cve_ent', 'entidad']);
    expect(out.rows.map((r) => r[1])).toEqual(['15', '15', '09', '09', '16', '30', '05', null]);
    expect(out.rows[4][2]).toBe('Michoacán de Ocampo');
    expect(out.result.applied[0].report).toEqual({
      counts: { unmatched: 1 },
      examples: ['Atlántida'],
    });
  });
});
