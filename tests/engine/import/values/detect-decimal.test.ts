import { describe, expect, it } from 'vitest';
import { detectDecimal } from '../../../../electron/engine/import/values';

describe('detectDecimal', () => {
  it('finds decimal commas in a Windows-style semicolon file', () => {
    expect(detectDecimal(['12,5', '3', '1.234,56', 'Aguascalientes'], ';')).toBe(',');
  });

  it('finds decimal points, thousands commas included', () => {
    expect(detectDecimal(['524,270.58', '12.5', '2005'], ',')).toBe('.');
  });

  it('reads ambiguous thousands as decimal commas only in semicolon files', () => {
    expect(detectDecimal(['1,234', '5,678'], ';')).toBe(',');
    expect(detectDecimal(['1,234', '5,678'], ',')).toBe('.');
  });

  it('defaults to a decimal point without evidence', () => {
    expect(detectDecimal(['a', 'b', '12'], null)).toBe('.');
  });
});
