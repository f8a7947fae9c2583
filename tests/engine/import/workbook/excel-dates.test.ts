import { describe, expect, it } from 'vitest';
import {
  dateKindOf,
  isDateSerial,
  serialToIso,
} from '../../../../electron/engine/import/workbook/excel-dates';

describe('Excel dates', () => {
  it('knows the built-in date formats', () => {
    expect(dateKindOf(14, undefined)).toBe('date');
    expect(dateKindOf(22, undefined)).toBe('datetime');
    expect(dateKindOf(20, undefined)).toBe('time');
    expect(dateKindOf(47, undefined)).toBe('time');
    expect(dateKindOf(2, undefined)).toBe('none');
  });

  it('reads custom formats, ignoring quoted text, brackets and escapes', () => {
    expect(dateKindOf(164, 'dd/mm/yyyy')).toBe('date');
    expect(dateKindOf(164, '[$-80A]dddd, d" de "mmmm" de "yyyy')).toBe('date');
    expect(dateKindOf(164, 'mmm-yy')).toBe('date');
    expect(dateKindOf(164, 'h:mm AM/PM')).toBe('time');
    expect(dateKindOf(164, 'yyyy-mm-dd hh:mm:ss')).toBe('datetime');
    expect(dateKindOf(164, '0.0 "días"')).toBe('none');
    expect(dateKindOf(164, '#,##0.00 \\d')).toBe('none');
    expect(dateKindOf(164, '[Red]#,##0;[Blue]-#,##0')).toBe('none');
    expect(dateKindOf(164, 'General')).toBe('none');
  });

  it('handles the 1900 leap-year bug and the 1904 system', () => {
    expect(serialToIso(1, 'date', false)).toBe('1900-01-01');
    expect(serialToIso(59, 'date', false)).toBe('1900-02-28');
    expect(serialToIso(60, 'date', false)).toBe('1900-02-28');
    expect(serialToIso(61, 'date', false)).toBe('1900-03-01');
    expect(serialToIso(45292.75, 'datetime', false)).toBe('2024-01-01T18:00:00');
    expect(serialToIso(0, 'date', true)).toBe('1904-01-01');
    expect(serialToIso(43830, 'date', true)).toBe('2024-01-01');
  });

  it('leaves numbers no date can have as numbers', () => {
    expect(isDateSerial(45292)).toBe(true);
    expect(isDateSerial(-1)).toBe(false);
    expect(isDateSerial(1e10)).toBe(false);
  });
});
