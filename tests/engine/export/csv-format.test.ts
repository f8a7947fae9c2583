import { describe, expect, it } from 'vitest';
import {
  csvRecord,
  formatBooleanCell,
  formatCell,
  numberText,
  quoteField,
} from '../../../electron/engine/export/csv-format';

describe('CSV fields', () => {
  it('quotes fields holding a comma, a quote or a line break and doubles inner quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('dijo "hola"')).toBe('"dijo ""hola"""');
    expect(quoteField('línea\nsiguiente')).toBe('"línea\nsiguiente"');
    expect(quoteField('retorno\r')).toBe('"retorno\r"');
    expect(quoteField('Michoacán de Ocampo')).toBe('Michoacán de Ocampo');
  });

  it('keeps leading zeros of codes stored as text', () => {
    expect(formatCell('007')).toBe('007');
  });

  it('writes numbers with a point decimal and no grouping', () => {
    expect(formatCell(1234567.25)).toBe('1234567.25');
    expect(formatCell(-0.5)).toBe('-0.5');
    expect(numberText(Infinity)).toBe('INF');
    expect(numberText(-Infinity)).toBe('-INF');
    expect(numberText(Number.NaN)).toBe('NaN');
  });

  it('writes missing values as empty fields', () => {
    expect(csvRecord(['a', null, 'c'])).toBe('a,,c');
  });

  it('writes stored booleans as true and false', () => {
    expect(formatBooleanCell(1)).toBe('true');
    expect(formatBooleanCell(0)).toBe('false');
    expect(formatBooleanCell(null)).toBe('');
    expect(formatBooleanCell('sí')).toBe('sí');
  });
});
