import { describe, expect, it } from 'vitest';
import { parseStep } from '../../shared/operations';
import type { ColumnProfile } from '../../shared/table';
import {
  columnOps,
  initialValues,
  machineNameFor,
} from '../../renderer/src/components/cleaning/column-ops';

const column = {
  name: 'entidad_federativa',
  label: 'Entidad federativa',
  type: 'text',
} as ColumnProfile;

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
      const values = { ...initialValues(op, column), ...typed[id] };
      const parsed = parseStep(op.build(column, values));
      expect(parsed).toMatchObject({ ok: true });
    },
  );

  it('sends the flag column only when the person chose to flag', () => {
    const op = columnOps.find((o) => o.id === 'to-number')!;
    const values = initialValues(op, column);
    expect(op.build(column, values)).not.toHaveProperty('flagColumn');
    const flagged = op.build(column, { ...values, onInvalid: 'flag' });
    expect(flagged).toMatchObject({ onInvalid: 'flag', flagColumn: 'entidad_federativa_nota' });
  });

  it('compares numeric columns with numbers when removing rows equal to a value', () => {
    const op = columnOps.find((o) => o.id === 'remove-equals')!;
    const numeric = { ...column, name: 'valor', type: 'integer' } as ColumnProfile;
    expect(op.build(numeric, { value: '3' })).toEqual({
      op: 'remove-rows',
      where: { column: 'valor', equals: 3 },
    });
    expect(op.build(column, { value: '3' })).toMatchObject({ where: { equals: '3' } });
  });

  it('marks only the operations whose steps accept filters as filterable', () => {
    for (const op of columnOps) {
      const step = { ...op.build(column, { ...initialValues(op, column), ...typed[op.id] }) };
      const withFilters = { ...step, filters: [{ column: 'x', op: 'in', values: ['a'] }] };
      const parsed = parseStep(withFilters);
      const kept = parsed.ok && 'filters' in parsed.step && parsed.step.filters !== undefined;
      expect([op.id, kept]).toEqual([op.id, op.filterable]);
    }
  });
});
