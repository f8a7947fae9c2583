import { describe, expect, it } from 'vitest';
import {
  cellConverter,
  ColumnStats,
  typeFromKinds,
  undecidedConverter,
} from '../../../../electron/engine/import/values';

describe('cellConverter', () => {
  it('stores numbers as numbers and keeps markers as written, counting them', () => {
    const convert = cellConverter('number', '.', 'dmy');
    const stats = new ColumnStats();
    const values = ['1,234.5', 'ND', ' ', '7', 'ND', 'NE'].map((cell, i) =>
      convert(cell, stats, i + 2),
    );
    expect(values).toEqual([1234.5, 'ND', null, 7, 'ND', 'NE']);
    expect(Object.fromEntries(stats.markers)).toEqual({ ND: 2, NE: 1 });
    expect(stats.mismatches).toBe(0);
  });

  it('keeps a value that does not fit as its original text and remembers its row', () => {
    const convert = cellConverter('integer', '.', 'dmy');
    const stats = new ColumnStats();
    expect(convert('ver nota 3', stats, 40)).toBe('ver nota 3');
    expect(convert('12', stats, 41)).toBe(12);
    expect(stats.mismatches).toBe(1);
    expect(stats.firstMismatchRow).toBe(40);
  });

  it('notes decimals met in an integer column', () => {
    const convert = cellConverter('integer', '.', 'dmy');
    const stats = new ColumnStats();
    expect(convert('2.5', stats, 2)).toBe(2.5);
    expect(stats.nonIntegers).toBe(1);
  });

  it('turns dates into ISO 8601', () => {
    const convert = cellConverter('date', '.', 'dmy');
    const stats = new ColumnStats();
    expect(convert('12/03/2005', stats, 2)).toBe('2005-03-12');
    expect(convert({ date: '2020-01-31' }, stats, 3)).toBe('2020-01-31');
    expect(convert('12/03/2005 10:00', stats, 4)).toBe('2005-03-12T10:00:00');
    expect(stats.datetimes).toBe(1);
  });

  it('reads booleans', () => {
    const convert = cellConverter('boolean', '.', 'dmy');
    const stats = new ColumnStats();
    expect(['Sí', 'NO', true].map((cell) => convert(cell, stats, 2))).toEqual([true, false, true]);
  });

  it('keeps text as written, markers included, and empties blanks', () => {
    const convert = cellConverter('text', '.', 'dmy');
    const stats = new ColumnStats();
    expect(convert(' Nuevo León ', stats, 2)).toBe(' Nuevo León ');
    expect(convert('ND', stats, 3)).toBe('ND');
    expect(convert('   ', stats, 4)).toBeNull();
    expect(convert(5, stats, 5)).toBe(5);
  });
});

describe('undecidedConverter', () => {
  it('keeps cells as text and counts their kinds for a later decision', () => {
    const convert = undecidedConverter('.');
    const stats = new ColumnStats();
    expect(['0.5', '12', 'ND', null].map((cell) => convert(cell, stats, 2))).toEqual([
      '0.5',
      '12',
      'ND',
      null,
    ]);
    expect(typeFromKinds(stats.kinds)).toEqual({ type: 'number', mismatches: 0 });
  });
});
