import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbookReader, sniffFormat } from '../../../../electron/engine/import/workbook';
import {
  writeCsvAsWorkbook,
  writeEmptySheetWorkbook,
  writeEncryptedWorkbook,
  writeEncryptedXls,
  writeHtmlAsWorkbook,
  writeHugeCellWorkbook,
  writeInventoryWorkbook,
  writeRandomBytesWorkbook,
  writeRawXlsx,
  writeTruncatedWorkbook,
  writeZipBombWorkbook,
} from '../../../fixtures/workbooks';
import { readAll } from './read-all';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(
  run: () => Promise<unknown>,
): Promise<{ code: string; detail: Record<string, unknown> }> {
  try {
    await run();
  } catch (error) {
    const data = (error as { data?: { code: string; detail: Record<string, unknown> } }).data;
    if (data) return data;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('workbooks that cannot be read', () => {
  it('says a missing file was not found', async () => {
    const error = await failure(() => openWorkbookReader(path.join(dir, 'no-existe.xlsx')));
    expect(error.code).toBe('FILE_NOT_FOUND');
  });

  it('refuses a truncated workbook as damaged, naming the file', async () => {
    const file = writeTruncatedWorkbook(dir);
    const error = await failure(() => openWorkbookReader(file));
    expect(error.code).toBe('WORKBOOK_CORRUPT');
    expect(error.detail.file).toBe(file);
  });

  it('refuses random bytes under an .xlsx name as not what the extension says', async () => {
    const error = await failure(() => openWorkbookReader(writeRandomBytesWorkbook(dir)));
    expect(error).toMatchObject({
      code: 'FORMAT_MISMATCH',
      detail: { expected: 'XLSX', actual: 'binary data' },
    });
  });

  it('recognises a CSV renamed .xlsx and an HTML table saved as .xls', async () => {
    const csv = await failure(() => sniffFormat(writeCsvAsWorkbook(dir)));
    expect(csv).toMatchObject({
      code: 'FORMAT_MISMATCH',
      detail: { expected: 'XLSX', actual: 'CSV' },
    });

    const html = await failure(() => sniffFormat(writeHtmlAsWorkbook(dir)));
    expect(html).toMatchObject({
      code: 'FORMAT_MISMATCH',
      detail: { expected: 'XLS', actual: 'HTML' },
    });
  });

  it('recognises a password-protected workbook', async () => {
    const error = await failure(() => openWorkbookReader(writeEncryptedWorkbook(dir)));
    expect(error.code).toBe('WORKBOOK_ENCRYPTED');
  });

  it('recognises a password-protected XLS', async () => {
    const file = writeEncryptedXls(dir);
    expect(await sniffFormat(file)).toBe('xls');
    const error = await failure(() => openWorkbookReader(file));
    expect(error.code).toBe('WORKBOOK_ENCRYPTED');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const file = await writeZipBombWorkbook(dir, 16);
    const limits = { maxEntryBytes: 8 * 1024 ** 2, maxRatio: 100 };
    const error = await failure(() => openWorkbookReader(file, { limits }));
    expect(error.code).toBe('ZIP_BOMB');
    expect(String(error.detail.reason)).toMatch(/sheet1\.xml: 16\.0 MB/);
  });

  it('refuses a zip whose entry inflates past the size its directory declares', async () => {
    const file = await writeZipBombWorkbook(dir, 2);
    const forged = forgeSize(readFileSync(file), 'xl/worksheets/sheet1.xml', 1000);
    writeFileSync(file, forged);
    const error = await failure(() => openWorkbookReader(file));
    expect(['ZIP_BOMB', 'WORKBOOK_CORRUPT']).toContain(error.code);
  });

  it('names the sheet, row and column of a cell of megabytes', async () => {
    const file = await writeHugeCellWorkbook(dir, 2_000_000);
    const error = await failure(() => openWorkbookReader(file));
    expect(error).toMatchObject({
      code: 'CELL_TOO_LARGE',
      detail: { sheet: 'Hoja1', row: 2, column: 'B' },
    });
  });

  it('says a sheet holds no data', async () => {
    const reader = await openWorkbookReader(writeEmptySheetWorkbook(dir));
    expect(reader.sheets()[0].rows).toBe(0);
    const error = await failure(() => readAll(reader, 'Hoja1'));
    expect(error).toMatchObject({ code: 'SHEET_EMPTY', detail: { sheet: 'Hoja1' } });
    await reader.close();
  });

  it('names the sheet of malformed sheet XML', async () => {
    const file = await writeRawXlsx(path.join(dir, 'mal.xlsx'), [
      { name: 'Datos', rows: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2' },
    ]);

    const error = await failure(() => openWorkbookReader(file));
    expect(error.code).toBe('WORKBOOK_CORRUPT');
    expect(error.detail.sheet).toBe('Datos');
  });

  it('reads an XLSX saved under an .xls name', async () => {
    const file = writeInventoryWorkbook(dir, { rows: 2, name: 'en-realidad-xlsx.xls' });
    expect(await sniffFormat(file)).toBe('xlsx');
  });
});

/** Rewrites the uncompressed size an entry's central directory record declares. */
function forgeSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.length - 46; at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      copy.writeUInt32LE(size, at + 24);
      return copy;
    }
  }
  throw new Error(`no entry ${name}`);
}
