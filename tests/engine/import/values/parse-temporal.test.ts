import { describe, expect, it } from 'vitest';
import { parseTemporal } from '../../../../electron/engine/import/values';

describe('parseTemporal', () => {
  it('reads ISO dates and datetimes', () => {
    expect(parseTemporal('2005-03-12')).toBe('2005-03-12');
    expect(parseTemporal('2005/3/2')).toBe('2005-03-02');
    expect(parseTemporal('2005-03-12T14:30')).toBe('2005-03-12T14:30:00');
    expect(parseTemporal('2005-03-12 14:30:15')).toBe('2005-03-12T14:30:15');
  });

  it('reads slashed dates day first, as Mexico writes them', () => {
    expect(parseTemporal('12/03/2005')).toBe('2005-03-12');
    expect(parseTemporal('1/2/2005')).toBe('2005-02-01');
    expect(parseTemporal('31-12-2019')).toBe('2019-12-31');
    expect(parseTemporal('05.06.07')).toBe('2007-06-05');
  });

  it('reads slashed dates month first when told', () => {
    expect(parseTemporal('03/12/2005', 'mdy')).toBe('2005-03-12');
  });

  it('reads Spanish month names', () => {
    expect(parseTemporal('12 de marzo de 2005')).toBe('2005-03-12');
    expect(parseTemporal('1 de Septiembre de 2010')).toBe('2010-09-01');
    expect(parseTemporal('12-mar-2005')).toBe('2005-03-12');
    expect(parseTemporal('12/Dic/2005')).toBe('2005-12-12');
  });

  it('reads month and year at month precision', () => {
    expect(parseTemporal('mar-2005')).toBe('2005-03');
    expect(parseTemporal('marzo de 2005')).toBe('2005-03');
    expect(parseTemporal('Ene 2020')).toBe('2020-01');
    expect(parseTemporal('2005-03')).toBe('2005-03');
  });

  it('reads times with a. m. and p. m.', () => {
    expect(parseTemporal('12/03/2005 2:30 p. m.')).toBe('2005-03-12T14:30:00');
    expect(parseTemporal('12/03/2005 12:05 a.m.')).toBe('2005-03-12T00:05:00');
  });

  it('refuses dates that are not on the calendar', () => {
    expect(parseTemporal('31/02/2005')).toBeNull();
    expect(parseTemporal('29/02/2005')).toBeNull();
    expect(parseTemporal('29/02/2004')).toBe('2004-02-29');
    expect(parseTemporal('2005-13-01')).toBeNull();
    expect(parseTemporal('12/03/2005 25:00')).toBeNull();
  });

  it('does not take numbers or words for dates', () => {
    for (const text of ['2005', '12.5', '01001', 'marzo', 'Total', '']) {
      expect(parseTemporal(text)).toBeNull();
    }
  });
});
