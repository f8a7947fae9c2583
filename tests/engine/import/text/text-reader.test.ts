import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { isFichaError } from '../../../../shared/errors';
import { openTextReader } from '../../../../electron/engine/import/text/text-reader';
import type { RawCell } from '../../../../electron/engine/import/source';
import { tempFolder } from '../../workspace/temp-folder';

const temp = tempFolder('ficha-text-reader-');
afterAll(temp.cleanup);

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(temp.dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function readAll(file: string, chunkSize?: number) {
  const reader = await openTextReader(file, 'csv', { chunkSize });
  const rows: RawCell[][] = [];
  const starts: number[] = [];
  for await (const batch of reader.rows('x', new AbortController().signal)) {
    starts.push(batch.startRow);
    for (const row of batch.rows) rows.push(row);
  }
  return { reader, rows, starts };
}

describe('openTextReader', () => {
  it('reads a Windows-1252 file with semicolons', async () => {
    const file = write('w.csv', iconv.encode('Año;Región\n2005;Querétaro\n', 'windows-1252'));
    const { reader, rows } = await readAll(file);
    expect(reader.encoding).toBe('iso-8859-1');
    expect(reader.delimiter).toBe(';');
    expect(rows).toEqual([
      ['Año', 'Región'],
      ['2005', 'Querétaro'],
    ]);
  });

  it('reads UTF-16LE with a BOM and drops the BOM', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('año\tvalor\n1\t2\n', 'utf16le'),
    ]);
    const { reader, rows } = await readAll(write('u16.txt', bytes));
    expect(reader.encoding).toBe('utf-16le');
    expect(reader.delimiter).toBe('\t');
    expect(rows[0]).toEqual(['año', 'valor']);
  });

  it('reads UTF-8 with a BOM and drops the BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('año,valor\n1,2\n')]);
    const { rows } = await readAll(write('bom.csv', bytes));
    expect(rows[0]).toEqual(['año', 'valor']);
  });

  it('streams batches numbered by sheet row, whatever the chunk size', async () => {
    const lines = ['id,nombre', ...Array.from({ length: 500 }, (_, i) => `${i},"Nombre, ${i}"`)];
    const { rows, starts } = await readAll(write('many.csv', lines.join('\n') + '\n'), 64);
    expect(rows).toHaveLength(501);
    expect(rows[500]).toEqual(['499', 'Nombre, 499']);
    expect(starts[0]).toBe(1);
    expect(starts.length).toBeGreaterThan(10);
  });

  it('warns about bytes that are not UTF-8 past the detection prefix', async () => {
    const big = 'a,b\n' + 'x,y\n'.repeat(300_000);
    const bytes = Buffer.concat([Buffer.from(big), iconv.encode('Querétaro,1\n', 'windows-1252')]);
    const { reader, rows } = await readAll(write('mixed.csv', bytes));
    expect(reader.encoding).toBe('utf-8');
    expect(rows.at(-1)).toEqual(['Querétaro', '1']);
    expect(reader.warnings().map((w) => w.code)).toEqual(['ENCODING_MIXED']);
  });

  it('follows encoding and delimiter overrides', async () => {
    const file = write('o.csv', iconv.encode('a|b\nñ|ü\n', 'iso-8859-1'));
    const reader = await openTextReader(file, 'csv', { encoding: 'windows-1252', delimiter: '|' });
    expect(reader.encoding).toBe('windows-1252');
    expect(reader.delimiter).toBe('|');
  });

  it('refuses empty and binary files', async () => {
    const codes = [];
    for (const [name, bytes] of [
      ['empty.csv', Buffer.alloc(0)],
      ['junk.csv', Buffer.from([0x50, 0x4b, 0x01, 0x00, 0xff, 0x00, 0x13])],
      ['junk16.csv', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x01, 0x00])],
      ['random.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ] as const) {
      try {
        await openTextReader(write(name, bytes), 'csv');
      } catch (error) {
        if (isFichaError(error)) codes.push(error.code);
      }
    }
    expect(codes).toEqual(['FILE_EMPTY', 'BINARY_FILE', 'BINARY_FILE', 'BINARY_FILE']);
  });
});
