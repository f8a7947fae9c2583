import { describe, expect, it } from 'vitest';
import { inferColumn } from '../../../../electron/engine/import/values';

describe('inferColumn', () => {
  it('finds integers and numbers', () => {
    expect(inferColumn(['2004', '2005', null, '2006'], '.').type).toBe('integer');
    expect(inferColumn(['1.5', '2', '3,000.25'], '.').type).toBe('number');
  });

  it('keeps a column with leading-zero codes as text', () => {
    const result = inferColumn(['01001', '01002', '10001', '32058'], '.');
    expect(result.type).toBe('text');
    expect(result.mismatches).toBe(0);
  });

  it('counts markers apart from values in numeric columns', () => {
    const result = inferColumn(['12.5', 'NE', '3', 'ND', 'ND', '-', null, '7'], '.');
    expect(result.type).toBe('number');
    expect(result.markers).toEqual({ NE: 1, ND: 2, '-': 1 });
    expect(result.mismatches).toBe(0);
  });

  it('counts values that do not fit the type', () => {
    const cells = [...Array.from({ length: 19 }, (_, i) => String(i)), 'ver nota'];
    const result = inferColumn(cells, '.');
    expect(result.type).toBe('integer');
    expect(result.mismatches).toBe(1);
  });

  it('falls back to text when too many values do not fit', () => {
    expect(inferColumn(['1', '2', 'tres', 'cuatro'], '.').type).toBe('text');
  });

  it('finds dates and datetimes', () => {
    expect(inferColumn(['12/03/2005', '2005-04-01', '1 de mayo de 2005'], '.').type).toBe('date');
    expect(inferColumn(['2005-03-12 10:00', '2005-03-12'], '.').type).toBe('datetime');
  });

  it('detects month-first dates from the values', () => {
    expect(inferColumn(['03/25/2005', '04/30/2005'], '.').dateOrder).toBe('mdy');
    expect(inferColumn(['25/03/2005', '03/04/2005'], '.').dateOrder).toBe('dmy');
  });

  it('reads a sí/no column as boolean, NO included', () => {
    const result = inferColumn(['Sí', 'NO', 'no', 'sí', null], '.');
    expect(result.type).toBe('boolean');
    expect(result.mismatches).toBe(0);
  });

  it('reads NO as a marker, not false, in a numeric column', () => {
    const result = inferColumn(['1', '2', 'NO'], '.');
    expect(result.type).toBe('integer');
    expect(result.markers).toEqual({ NO: 1 });
  });

  it('reads decimal commas when the file uses them', () => {
    expect(inferColumn(['12,5', '3,25'], ',').type).toBe('number');
  });

  it('takes workbook values as typed', () => {
    expect(inferColumn([1, 2, 3], '.').type).toBe('integer');
    expect(inferColumn([{ date: '2020-01-01' }, { date: '2020-02-01' }], '.').type).toBe('date');
    expect(inferColumn([true, false], '.').type).toBe('boolean');
  });

  it('calls a column with no values text', () => {
    expect(inferColumn([null, null, 'ND'], '.').type).toBe('text');
  });
});
