import { describe, expect, it } from 'vitest';
import { classifyRow, type RowContext } from '../../../../electron/engine/import/layout';

const context: RowContext = {
  firstColumn: 1,
  lastColumn: 4,
  labelColumns: [1, 2],
  numericColumns: [3, 4],
};

describe('classifyRow', () => {
  it('tells blank rows, including whitespace-only ones', () => {
    expect(classifyRow([], context)).toBe('blank');
    expect(classifyRow([null, ' ', '\u00a0'], context)).toBe('blank');
  });

  it('reads Notas:, Fuente: and footnote marks as notes', () => {
    expect(classifyRow(['Notas:'], context)).toBe('note');
    expect(classifyRow(['Nota: cifras preliminares'], context)).toBe('note');
    expect(classifyRow(['FUENTE: INEGI'], context)).toBe('note');
    expect(classifyRow(['* Valores estimados'], context)).toBe('note');
    expect(classifyRow(['Fuente:', 'SEMARNAT'], context)).toBe('note');
  });

  it('reads a long sentence alone in the row as a note', () => {
    const sentence = 'Las cifras pueden no coincidir con el total debido al redondeo de decimales.';
    expect(classifyRow([sentence], context)).toBe('note');
  });

  it('reads short lone text after a note as a note too', () => {
    expect(classifyRow(['Cantidades en toneladas.'], context)).toBe('data');
    expect(classifyRow(['Cantidades en toneladas.'], { ...context, afterNote: true })).toBe('note');
  });

  it('reads total labels in a label column as totals, whatever the case or accents', () => {
    expect(classifyRow(['Total', null, 10, 20], context)).toBe('total');
    expect(classifyRow([null, 'TOTAL GENERAL', 10, 20], context)).toBe('total');
    expect(classifyRow(['Suma', null, 10, 20], context)).toBe('total');
    expect(classifyRow(['Nacional', null, 10, 20], context)).toBe('total');
    expect(classifyRow(['Totales:', null, 10, 20], context)).toBe('total');
  });

  it('reads label columns left empty beside filled numbers as a total', () => {
    expect(classifyRow([null, null, '811,239.36', '594,180.23'], context)).toBe('total');
  });

  it('keeps ordinary rows, and rows that merely mention a total, as data', () => {
    expect(classifyRow(['Colima', 'Manzanillo', 1, 2], context)).toBe('data');
    expect(classifyRow(['Colima', 'Total de fuentes móviles', 1, 2], context)).toBe('data');
    expect(classifyRow(['Colima', null, 1, null], { ...context, labelColumns: [1] })).toBe('data');
    expect(classifyRow(['Nota', 'Manzanillo', 1, 2], context)).toBe('data');
  });
});
