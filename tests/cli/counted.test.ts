import { describe, expect, it } from 'vitest';
import { counted } from '../../electron/cli/counted';

describe('counts in messages', () => {
  it('says one row and one column in the singular', () => {
    expect(counted(1, 'rows', 'es')).toBe('1 fila');
    expect(counted(1, 'columns', 'en')).toBe('1 column');
  });

  it('says other counts in the plural, with thousands separated', () => {
    expect(counted(0, 'rows', 'en')).toBe('0 rows');
    expect(counted(1_000_000, 'rows', 'es')).toBe('1,000,000 filas');
    expect(counted(2, 'columns', 'es')).toBe('2 columnas');
  });
});
