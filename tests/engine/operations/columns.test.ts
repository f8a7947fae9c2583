import { describe, expect, it } from 'vitest';
import type { FixtureColumn } from '../recipes/fixture';
import { tableOut } from './run';

const columns: FixtureColumn[] = [
  ['a', 'text', 'Entidad federativa'],
  ['b', 'integer', 'Año de registro'],
  ['c', 'number', 'Cantidad (kg)'],
];
const rows = [
  ['Jalisco', 2020, 1.5],
  ['Colima', 2021, 2],
];

describe('column operations', () => {
  it('renames a column and sets its label', () => {
    const out = tableOut(columns, rows, [
      { op: 'rename-column', column: 'a', to: 'estado', label: 'Estado' },
    ]);
    expect(out.columns).toEqual(['estado', 'b', 'c']);
    expect(out.catalog[0].label).toBe('Estado');
    expect(out.rows).toEqual(rows);
  });

  it('refuses to rename onto a name that is taken', () => {
    expect(() => tableOut(columns, rows, [{ op: 'rename-column', column: 'a', to: 'b' }])).toThrow(
      /step 1/i,
    );
  });

  it('renames many columns with machine names suggested from their labels', () => {
    const out = tableOut(columns, rows, [
      {
        op: 'rename-columns',
        renames: [{ column: 'a' }, { column: 'b' }, { column: 'c', to: 'kg' }],
      },
    ]);
    expect(out.columns).toEqual(['entidad_federativa', 'ano_de_registro', 'kg']);
  });

  it('reorders columns, listed ones first', () => {
    const out = tableOut(columns, rows, [{ op: 'reorder-columns', columns: ['c', 'a'] }]);
    expect(out.columns).toEqual(['c', 'a', 'b']);
    expect(out.rows[0]).toEqual([1.5, 'Jalisco', 2020]);
  });

  it('deletes columns', () => {
    const out = tableOut(columns, rows, [{ op: 'delete-columns', columns: ['a', 'c'] }]);
    expect(out.columns).toEqual(['b']);
    expect(out.rows).toEqual([[2020], [2021]]);
  });

  it('duplicates a column right after it', () => {
    const out = tableOut(columns, rows, [{ op: 'duplicate-column', column: 'a', to: 'a2' }]);
    expect(out.columns).toEqual(['a', 'a2', 'b', 'c']);
    expect(out.rows[1].slice(0, 2)).toEqual(['Colima', 'Colima']);
  });

  it('sets a label without touching the data', () => {
    const out = tableOut(columns, rows, [{ op: 'set-label', column: 'b', label: 'Año' }]);
    expect(out.catalog[1].label).toBe('Año');
    expect(out.rows).toEqual(rows);
  });

  it('sets a description and a unit', () => {
    const out = tableOut(columns, rows, [
      { op: 'set-description', column: 'c', description: 'Residuos recolectados', unit: 'kg' },
    ]);
    expect(out.catalog[2]).toMatchObject({ description: 'Residuos recolectados', unit: 'kg' });
  });

  it('moves a unit from the label into the unit and description', () => {
    const out = tableOut(columns, rows, [{ op: 'extract-unit', column: 'c' }]);
    expect(out.catalog[2]).toMatchObject({ label: 'Cantidad', unit: 'kg' });
    expect(out.catalog[2].description).toContain('kg');
  });

  it('moves a unit out of the values', () => {
    const out = tableOut(
      [['m', 'text', 'Masa']],
      [['12 kg'], ['3.5 kg'], [null]],
      [{ op: 'extract-unit', column: 'm' }],
    );
    expect(out.rows).toEqual([['12'], ['3.5'], [null]]);
    expect(out.catalog[0].unit).toBe('kg');
  });
});
