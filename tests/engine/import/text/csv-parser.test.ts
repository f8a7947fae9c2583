import { describe, expect, it } from 'vitest';
import { isFichaError } from '../../../../shared/errors';
import { CsvParser } from '../../../../electron/engine/import/text/csv-parser';

function parse(text: string, options: { delimiter?: string; chunk?: number; max?: number } = {}) {
  const parser = new CsvParser({
    delimiter: options.delimiter ?? ',',
    file: 'datos.csv',
    maxCellLength: options.max ?? 1024 * 1024,
  });
  const rows = [];
  const size = options.chunk ?? text.length;
  for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
  rows.push(...parser.finish());
  return rows;
}

function errorOf(action: () => unknown) {
  try {
    action();
  } catch (error) {
    if (isFichaError(error)) return error.data;
    throw error;
  }
  throw new Error('expected a FichaError');
}

describe('CsvParser', () => {
  it('reads fields, empty fields as null, and all line endings', () => {
    expect(parse('a,b,,d\r\n1,2,3,4\n5,6,7,8\r9,,,\n')).toEqual([
      ['a', 'b', null, 'd'],
      ['1', '2', '3', '4'],
      ['5', '6', '7', '8'],
      ['9', null, null, null],
    ]);
  });

  it('reads quoted fields with delimiters, escaped quotes and line breaks', () => {
    expect(parse('"524,270.58","dice ""hola""","dos\nlíneas"\nx,y,z\n')).toEqual([
      ['524,270.58', 'dice "hola"', 'dos\nlíneas'],
      ['x', 'y', 'z'],
    ]);
  });

  it('gives the same rows whatever the chunk size', () => {
    const text = 'a;"b;c";d\r\n"e""f";"g\r\nh";\r\n1;2;3\r\n';
    const whole = parse(text, { delimiter: ';' });
    for (const chunk of [1, 2, 3, 5, 8])
      expect(parse(text, { delimiter: ';', chunk })).toEqual(whole);
    expect(whole).toEqual([
      ['a', 'b;c', 'd'],
      ['e"f', 'g\r\nh', null],
      ['1', '2', '3'],
    ]);
  });

  it('reads blank lines as empty rows and a last line without a line break', () => {
    expect(parse('a,b\n\nc,d')).toEqual([['a', 'b'], [], ['c', 'd']]);
  });

  it('is lenient with quotes inside unquoted fields and text after a closing quote', () => {
    expect(parse('5 "pulgadas",x\n"ab"cd,y\n')).toEqual([
      ['5 "pulgadas"', 'x'],
      ['abcd', 'y'],
    ]);
  });

  it('names the row where a quote opened and never closed', () => {
    const error = errorOf(() => parse('a,b\n1,2\n3,"abierta\n4,5\n6,7\n', { chunk: 4 }));
    expect(error.code).toBe('CSV_UNBALANCED_QUOTES');
    expect(error.detail).toMatchObject({ file: 'datos.csv', row: 3 });
  });

  it('stops on a cell over the limit, naming row and column', () => {
    const error = errorOf(() => parse(`a,b\n1,${'x'.repeat(50)}\n`, { max: 20 }));
    expect(error.code).toBe('CELL_TOO_LARGE');
    expect(error.detail).toMatchObject({ row: 2, column: '2' });
  });

  it('stops on a cell over the limit even when it spans many chunks', () => {
    const error = errorOf(() => parse(`a,b\n1,"${'y'.repeat(100)}"\n`, { max: 20, chunk: 7 }));
    expect(error.code).toBe('CELL_TOO_LARGE');
    expect(error.detail).toMatchObject({ row: 2, column: '2' });
  });

  it('reports a runaway quote over thousands of lines as unbalanced, not as a large cell', () => {
    const text = 'a,b\n"x,1\n' + '2,3\n'.repeat(3000);
    const error = errorOf(() => parse(text, { max: 5000, chunk: 256 }));
    expect(error.code).toBe('CSV_UNBALANCED_QUOTES');
    expect(error.detail).toMatchObject({ row: 2 });
  });
});
