import { describe, expect, it } from 'vitest';
import { parseStep } from '../../shared/operations';
import type { ColumnProfile } from '../../shared/table';
import {
  columnOp,
  columnOps,
  initialValues,
  isYearColumn,
  machineNameFor,
  moveColumnUp,
  toggleColumn,
} from '../../renderer/src/components/cleaning/column-ops';

const column = {
  name: 'entidad_federativa',
  label: 'Entidad federativa',
  type: 'text',
} as ColumnProfile;

const profile = (name: string, label: string, type = 'number') =>
  ({ name, label, type }) as ColumnProfile;

// A wide table: two text columns, then one column per year.
const table = [
  column,
  profile('categoria', 'Categoría', 'text'),
  profile('c_1990', '1990'),
  profile('c_1991', '1991'),
  profile('c_1992', 'Año 1992'),
];

// What a person would type in the fields that start empty.
const typed: Record<string, Record<string, string>> = {
  replace: { find: 'Edo.', replace: 'Estado' },
  'remove-equals': { value: 'Total' },
};

describe('the column menu operations', () => {
  it('suggests machine names from headers with accents, spaces and leading digits', () => {
    expect(machineNameFor('Año de registro')).toBe('ano_de_registro');
    expect(machineNameFor('1990')).toBe('c_1990');
    expect(machineNameFor('  ¿?  ')).toBe('columna');
  });

  it.each(columnOps.map((op) => [op.id, op] as const))(
    'builds a valid %s step from its initial form',
    (id, op) => {
      const values = { ...initialValues(op, column, table), ...typed[id] };
      const parsed = parseStep(op.build(column, values, table));
      expect(parsed).toMatchObject({ ok: true });
    },
  );

  it('sends the flag column only when the person chose to flag', () => {
    const op = columnOps.find((o) => o.id === 'to-number')!;
    const values = initialValues(op, column);
    expect(op.build(column, values, table)).not.toHaveProperty('flagColumn');
    const flagged = op.build(column, { ...values, onInvalid: 'flag' }, table);
    expect(flagged).toMatchObject({ onInvalid: 'flag', flagColumn: 'entidad_federativa_nota' });
  });

  it('compares numeric columns with numbers when removing rows equal to a value', () => {
    const op = columnOps.find((o) => o.id === 'remove-equals')!;
    const numeric = { ...column, name: 'valor', type: 'integer' } as ColumnProfile;
    expect(op.build(numeric, { value: '3' }, table)).toEqual({
      op: 'remove-rows',
      where: { column: 'valor', equals: 3 },
    });
    expect(op.build(column, { value: '3' }, table)).toMatchObject({ where: { equals: '3' } });
  });

  it('marks only the operations whose steps accept filters as filterable', () => {
    for (const op of columnOps) {
      const values = { ...initialValues(op, column, table), ...typed[op.id] };
      const step = { ...op.build(column, values, table) };
      const withFilters = { ...step, filters: [{ column: 'x', op: 'in', values: ['a'] }] };
      const parsed = parseStep(withFilters);
      const kept = parsed.ok && 'filters' in parsed.step && parsed.step.filters !== undefined;
      expect([op.id, kept]).toEqual([op.id, op.filterable]);
    }
  });
});

describe('the reshaping forms of the column menu', () => {
  it('starts an unpivot from a year column with every year column and an integer key', () => {
    const op = columnOp('unpivot')!;
    const values = initialValues(op, table[2], table);
    expect(values).toEqual({
      columns: ['c_1990', 'c_1991', 'c_1992'],
      key: 'anio',
      value: 'valor',
      keyType: 'integer',
    });
    expect(op.build(table[2], values, table)).toEqual({
      op: 'unpivot',
      columns: ['c_1990', 'c_1991', 'c_1992'],
      key: 'anio',
      value: 'valor',
      keyType: 'integer',
    });
  });

  it('starts an unpivot from another column with that column alone and leaves the key type out', () => {
    const op = columnOp('unpivot')!;
    const values = initialValues(op, table[1], table);
    expect(values).toMatchObject({ columns: ['categoria'], key: 'variable', keyType: 'auto' });
    expect(op.build(table[1], values, table)).not.toHaveProperty('keyType');
  });

  it('pivots the clicked column with the first numeric column, first value unless told', () => {
    const op = columnOp('pivot')!;
    const values = initialValues(op, table[1], table);
    expect(values).toEqual({ value: 'c_1990', aggregate: 'first' });
    expect(op.build(table[1], values, table)).toEqual({
      op: 'pivot',
      key: 'categoria',
      value: 'c_1990',
    });
    expect(op.build(table[1], { ...values, aggregate: 'sum' }, table)).toMatchObject({
      aggregate: 'sum',
    });
  });

  it('merges the clicked column with its neighbour, keeping the originals unless told', () => {
    const op = columnOp('merge')!;
    const values = initialValues(op, column, table);
    expect(values).toEqual({
      columns: ['entidad_federativa', 'categoria'],
      separator: ' ',
      into: 'entidad_federativa_categoria',
      drop: false,
    });
    const reordered = { ...values, columns: moveColumnUp(values.columns as string[], 'categoria') };
    expect(op.build(column, { ...reordered, drop: true, separator: ' - ' }, table)).toEqual({
      op: 'merge-columns',
      columns: ['categoria', 'entidad_federativa'],
      separator: ' - ',
      into: 'entidad_federativa_categoria',
      drop: true,
    });
  });

  it('tells year headers apart and keeps the order of checked columns', () => {
    expect(isYearColumn({ name: 'c_2019', label: '2019' })).toBe(true);
    expect(isYearColumn({ name: 'x', label: 'Año 1995' })).toBe(true);
    expect(isYearColumn({ name: 'clave', label: 'Clave 12345' })).toBe(false);
    expect(toggleColumn(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleColumn(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(moveColumnUp(['a', 'b', 'c'], 'a')).toEqual(['a', 'b', 'c']);
    expect(moveColumnUp(['a', 'b', 'c'], 'c')).toEqual(['a', 'c', 'b']);
  });
});

describe('the INEGI key forms of the column menu', () => {
  const places = [
    profile('entidad', 'Entidad federativa', 'text'),
    profile('municipio', 'Municipio', 'text'),
  ];

  it('looks municipalities up in the state column it finds by its header', () => {
    const op = columnOp('inegi-municipality')!;
    const values = initialValues(op, places[1], places);
    expect(values).toMatchObject({ state: 'entidad', stateKey: '', into: 'cvegeo', shortInto: '' });
    expect(op.build(places[1], values, places)).toEqual({
      op: 'inegi-municipality',
      column: 'municipio',
      state: 'entidad',
      into: 'cvegeo',
    });
  });

  it('uses one fixed state, the short key and the official name when asked', () => {
    const op = columnOp('inegi-municipality')!;
    const values = {
      ...initialValues(op, places[1], places),
      state: '',
      stateKey: '09',
      shortInto: 'cve_mun',
      withName: true,
    };
    const step = op.build(places[1], values, places);
    expect(step).toEqual({
      op: 'inegi-municipality',
      column: 'municipio',
      stateKey: '09',
      into: 'cvegeo',
      shortInto: 'cve_mun',
      canonicalName: 'municipio_inegi',
    });
    expect(parseStep(step)).toMatchObject({ ok: true });
    expect(op.fields.find((f) => f.key === 'stateKey')?.options).toHaveLength(33);
  });

  it('adds state keys with the official name when asked', () => {
    const op = columnOp('inegi-state')!;
    const values = { ...initialValues(op, places[0], places), withName: true };
    expect(op.build(places[0], values, places)).toEqual({
      op: 'inegi-state',
      column: 'entidad',
      into: 'cve_ent',
      canonicalName: 'entidad_inegi',
    });
  });
});
