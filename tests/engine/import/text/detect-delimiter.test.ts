import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../electron/engine/import/text/detect-delimiter';

describe('detectDelimiter', () => {
  it('finds commas, semicolons, tabs and pipes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n4,5,6\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('prefers semicolons over the decimal commas of the data rows', () => {
    const text = 'estado;valor;tasa\nJalisco;12,5;3,1\nColima;1,25;0,4\nSonora;7,0;2,2\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('ignores delimiters inside quotes', () => {
    const text =
      'nombre\tdescripcion\n"Perez, Juan"\t"uno, dos, tres"\n"Ruiz, Ana"\t"cuatro, cinco"\n';
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('finds tabs in a file named .csv, with title rows above the table', () => {
    const text = 'Inventario 2004\n\nNRA\tNombre\tEstado\n1\tA, B\tMEXICO\n2\tC\tJALISCO\n';
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('falls back to the preferred delimiter or a comma when nothing splits', () => {
    expect(detectDelimiter('solo una columna\notra fila\n')).toBe(',');
    expect(detectDelimiter('solo una columna\n', '\t')).toBe('\t');
  });
});
