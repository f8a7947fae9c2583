import { describe, expect, it } from 'vitest';
import { hasLeadingZero, parseNumber } from '../../../../electron/engine/import/values';

describe('parseNumber with a decimal point', () => {
  it('reads plain integers and decimals', () => {
    expect(parseNumber('2005', '.')).toBe(2005);
    expect(parseNumber('-12.75', '.')).toBe(-12.75);
    expect(parseNumber('0.00000000129', '.')).toBe(0.00000000129);
    expect(parseNumber('.5', '.')).toBe(0.5);
  });

  it('reads thousands separators from quoted CSV numbers', () => {
    expect(parseNumber('524,270.58', '.')).toBe(524270.58);
    expect(parseNumber('38,419,087.29', '.')).toBe(38419087.29);
    expect(parseNumber('1,234', '.')).toBe(1234);
  });

  it('rejects badly grouped numbers', () => {
    expect(parseNumber('12,34.5', '.')).toBeNull();
    expect(parseNumber('1,5', '.')).toBeNull();
  });

  it('reads scientific notation', () => {
    expect(parseNumber('1.29E-09', '.')).toBe(1.29e-9);
    expect(parseNumber('3e5', '.')).toBe(300000);
  });

  it('ignores non-breaking and thin spaces', () => {
    expect(parseNumber('\u00a01\u00a0234.5 ', '.')).toBe(1234.5);
    expect(parseNumber('12\u202f345', '.')).toBe(12345);
  });

  it('reads percent, currency, signs and negatives in parentheses', () => {
    expect(parseNumber('12.5%', '.')).toBe(12.5);
    expect(parseNumber('$1,200.50', '.')).toBe(1200.5);
    expect(parseNumber('(1,234.5)', '.')).toBe(-1234.5);
    expect(parseNumber('+7', '.')).toBe(7);
  });

  it('leaves codes with leading zeros and long identifiers as text', () => {
    expect(parseNumber('01001', '.')).toBeNull();
    expect(parseNumber('007', '.')).toBeNull();
    expect(parseNumber('1234567890123456789', '.')).toBeNull();
  });

  it('still reads a lone zero and zero point something', () => {
    expect(parseNumber('0', '.')).toBe(0);
    expect(parseNumber('0.5', '.')).toBe(0.5);
  });

  it('does not read words, dates or empty text', () => {
    for (const text of ['', ' ', 'abc', '12/03/2005', '2005-03-12', '1.2.3', 'NE', '-']) {
      expect(parseNumber(text, '.')).toBeNull();
    }
  });
});

describe('parseNumber with a decimal comma', () => {
  it('reads decimal commas and point thousands', () => {
    expect(parseNumber('12,5', ',')).toBe(12.5);
    expect(parseNumber('1.234,56', ',')).toBe(1234.56);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
    expect(parseNumber('-0,25', ',')).toBe(-0.25);
    expect(parseNumber('1,5E-3', ',')).toBe(0.0015);
  });

  it('does not read a decimal point as a decimal', () => {
    expect(parseNumber('12.5', ',')).toBeNull();
  });
});

describe('hasLeadingZero', () => {
  it('tells codes from numbers', () => {
    expect(hasLeadingZero('01001')).toBe(true);
    expect(hasLeadingZero('-05')).toBe(true);
    expect(hasLeadingZero('0')).toBe(false);
    expect(hasLeadingZero('0.5')).toBe(false);
    expect(hasLeadingZero('10')).toBe(false);
  });
});
