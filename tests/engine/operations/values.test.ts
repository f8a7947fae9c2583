import { describe, expect, it } from 'vitest';
import { splitCodeName } from '../../../shared/operations/values/code-name';
import { combineDate, excelSerialToIso, parseDate } from '../../../shared/operations/values/dates';
import { readNumber } from '../../../shared/operations/values/numbers';
import { findState, inegiStates } from '../../../shared/operations/values/states';
import { suggestMachineName, titleCase, trimSpaces } from '../../../shared/operations/values/text';

describe('reading numbers', () => {
  const point = { decimal: '.' as const };
  const comma = { decimal: ',' as const };

  it('reads thousands separators only in groups of three', () => {
    expect(readNumber('1,234,567.5', point)).toEqual({ kind: 'number', value: 1234567.5 });
    expect(readNumber('1.234.567,5', comma)).toEqual({ kind: 'number', value: 1234567.5 });
    expect(readNumber('1,5', point).kind).toBe('invalid');
    expect(readNumber('12,34.5', point).kind).toBe('invalid');
  });

  it('reads negatives in parentheses, with a minus sign, and currency', () => {
    expect(readNumber('(12)', point)).toEqual({ kind: 'number', value: -12 });
    expect(readNumber('−3.5', point)).toEqual({ kind: 'number', value: -3.5 });
    expect(readNumber('$ 1,200', point)).toEqual({ kind: 'number', value: 1200 });
  });

  it('reads scientific notation', () => {
    expect(readNumber('1.5E-03', point)).toEqual({ kind: 'number', value: 0.0015 });
  });

  it('tells markers, censored values and garbage apart', () => {
    expect(readNumber('n.d.', point)).toEqual({ kind: 'marker', text: 'n.d.' });
    expect(readNumber('< 0.0005', point)).toEqual({ kind: 'censored', text: '< 0.0005' });
    expect(readNumber('<0,0005', { ...comma, censored: false }).kind).toBe('invalid');
    expect(readNumber('doce', point)).toEqual({ kind: 'invalid', text: 'doce' });
    expect(readNumber('   ', point)).toEqual({ kind: 'empty' });
  });

  it('uses only the markers given when a list is given', () => {
    expect(readNumber('NE', { ...point, missing: ['ND'] }).kind).toBe('invalid');
  });
});

describe('reading dates', () => {
  it('reads day-first dates and refuses impossible ones', () => {
    expect(parseDate('5/3/2020', 'd/M/yyyy')).toBe('2020-03-05');
    expect(parseDate('29/02/2021', 'dd/MM/yyyy')).toBeNull();
    expect(parseDate('29/02/2024', 'dd/MM/yyyy')).toBe('2024-02-29');
  });

  it('reads month names without accents or case, and two-digit years', () => {
    expect(parseDate('1 SEPT 99', 'd MMM yy')).toBe('1999-09-01');
    expect(parseDate('Ene. 2021', 'MMM yyyy')).toBe('2021-01');
  });

  it('reads Excel serials with their time of day', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso('45000.25')).toBe('2023-03-15T06:00:00');
  });

  it('combines separate columns, names or numbers', () => {
    expect(combineDate(2020, 'Diciembre', 31)).toBe('2020-12-31');
    expect(combineDate('2020', null, null)).toBe('2020');
    expect(combineDate(2020, 13, 1)).toBeNull();
  });
});

describe('codes, names and states', () => {
  it('splits inventory category codes from names', () => {
    expect(splitCodeName('1A2ci Petroquímica')).toEqual(['1A2ci', 'Petroquímica']);
    expect(splitCodeName('2. Procesos industriales')).toEqual(['2', 'Procesos industriales']);
    expect(splitCodeName('Total nacional')).toEqual([null, 'Total nacional']);
  });

  it('ships the 32 states with their two-digit keys', () => {
    expect(inegiStates).toHaveLength(32);
    expect(inegiStates[0]).toMatchObject({ key: '01', name: 'Aguascalientes' });
    expect(inegiStates[31]).toMatchObject({ key: '32', name: 'Zacatecas' });
    expect(new Set(inegiStates.map((s) => s.key)).size).toBe(32);
  });

  it('finds states by their usual variants', () => {
    const key = (name: string) => findState(name)?.key ?? null;
    expect(key('Edo. de México')).toBe('15');
    expect(key('ESTADO DE MEXICO')).toBe('15');
    expect(key('Ciudad de México')).toBe('09');
    expect(key('D.F.')).toBe('09');
    expect(key('Q. Roo')).toBe('23');
    expect(key('San Luis Potosi')).toBe('24');
    expect(key('9')).toBe('09');
    expect(key('Texas')).toBeNull();
  });

  it('suggests machine names from labels', () => {
    expect(suggestMachineName('Año de registro')).toBe('ano_de_registro');
    expect(suggestMachineName('1990')).toBe('c1990');
    expect(suggestMachineName('¿?')).toBe('columna');
  });

  it('title-cases and trims Spanish text', () => {
    expect(titleCase('VERACRUZ DE IGNACIO DE LA LLAVE')).toBe('Veracruz de Ignacio de la Llave');
    expect(trimSpaces('\u00a0 a \u2003 b ')).toBe('a b');
  });
});
