import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../electron/engine/import/workbook';
import { writeInventoryWorkbook } from '../../../fixtures/workbooks';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-sniff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeZip(name: string, entries: Record<string, string>): Promise<string> {
  const file = path.join(dir, name);
  const zip = new yazl.ZipFile();
  for (const [entry, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), entry);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve(file);
    });
  });
}

describe('sniffFormat', () => {
  it('tells text files by their extension', async () => {
    writeFileSync(path.join(dir, 'a.csv'), 'a,b\n1,2\n');
    writeFileSync(path.join(dir, 'a.tsv'), 'a\tb\n1\t2\n');
    writeFileSync(path.join(dir, 'a.dat'), 'a|b\n1|2\n');
    expect(await sniffFormat(path.join(dir, 'a.csv'))).toBe('csv');
    expect(await sniffFormat(path.join(dir, 'a.tsv'))).toBe('tsv');
    expect(await sniffFormat(path.join(dir, 'a.dat'))).toBe('txt');
  });

  it('tells an XLSM by its macros and an XLSX by its workbook part', async () => {
    const xlsm = await writeZip('macros.xlsm', {
      'xl/workbook.xml': '<workbook/>',
      'xl/vbaProject.bin': 'x',
    });
    expect(await sniffFormat(xlsm)).toBe('xlsm');
    expect(await sniffFormat(writeInventoryWorkbook(dir, { rows: 1 }))).toBe('xlsx');
  });

  it('refuses a Word document renamed .xlsx, naming what it is', async () => {
    const docx = await writeZip('informe.xlsx', { 'word/document.xml': '<w:document/>' });
    await expect(sniffFormat(docx)).rejects.toMatchObject({
      data: { code: 'FORMAT_MISMATCH', detail: { expected: 'XLSX', actual: 'DOCX' } },
    });
  });

  it('refuses empty files and PDFs', async () => {
    writeFileSync(path.join(dir, 'vacio.xlsx'), '');
    writeFileSync(path.join(dir, 'doc.pdf'), '%PDF-1.4\n\u0000\u0001binary');
    await expect(sniffFormat(path.join(dir, 'vacio.xlsx'))).rejects.toMatchObject({
      code: 'FILE_EMPTY',
    });
    await expect(sniffFormat(path.join(dir, 'doc.pdf'))).rejects.toMatchObject({
      code: 'FORMAT_UNSUPPORTED',
    });
  });
});
