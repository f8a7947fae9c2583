import { readFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { sheetjs } from '../../lazy-modules';
import type { SourceFormat } from '../../../../shared/import';
import { FichaError } from '../../../../shared/errors';
import { defaultLimits } from './limits';
import { attribute, startTags } from './xml-text';
import { ZipArchive } from './zip-archive';

const workbookExtensions: Record<string, SourceFormat> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsm',
  '.xls': 'xls',
  '.ods': 'ods',
};
const textExtensions: Record<string, SourceFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.txt': 'txt',
};
const cfbMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Tells what a file is from its first bytes, then its extension. A zip is an
 * XLSX/XLSM (xl/workbook.xml) or ODS (mimetype + content.xml); a compound
 * document is an XLS, or a password-protected OOXML workbook
 * (WORKBOOK_ENCRYPTED). A workbook read under another workbook extension is
 * accepted (".xls" files that are XLSX are common); a text file under a
 * workbook extension is FORMAT_MISMATCH, naming what it seems to be.
 */
export async function sniffFormat(file: string): Promise<SourceFormat> {
  const head = await readHead(file, 4096);
  const extension = path.extname(file).toLowerCase();
  const expected = workbookExtensions[extension];

  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) {
    return sniffZip(file, extension);
  }
  if (head.subarray(0, 8).equals(cfbMagic)) return sniffCompound(file, extension);

  const actual = describeBytes(head);
  if (expected) {
    throw new FichaError('FORMAT_MISMATCH', {
      file,
      expected: extension.slice(1).toUpperCase(),
      actual,
    });
  }
  if (textExtensions[extension]) return textExtensions[extension];
  if (actual === 'binary data' || actual === 'PDF')
    throw new FichaError('FORMAT_UNSUPPORTED', { file });
  return 'txt';
}

async function readHead(file: string, length: number): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory())
      throw new FichaError('FILE_UNREADABLE', { file, reason: 'it is a folder' });
    if (info.size === 0) throw new FichaError('FILE_EMPTY', { file });
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(length, info.size));
      await handle.read(buffer, 0, buffer.length, 0);
      return buffer;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof FichaError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FichaError('FILE_NOT_FOUND', { file });
    throw new FichaError('FILE_UNREADABLE', { file, reason: code ?? String(error) });
  }
}

async function sniffZip(file: string, extension: string): Promise<SourceFormat> {
  const archive = await ZipArchive.open(file, defaultLimits);
  try {
    if (archive.has('xl/workbook.xml') || archive.has('xl/workbook.bin')) {
      if (archive.has('xl/workbook.bin')) throw new FichaError('FORMAT_UNSUPPORTED', { file });
      const macros = archive.has('xl/vbaProject.bin') || (await macroContentType(archive));
      return macros || extension === '.xlsm' ? 'xlsm' : 'xlsx';
    }
    if (archive.has('content.xml') && archive.has('mimetype')) {
      const mimetype = await archive.readText('mimetype', 1024);
      if (mimetype.includes('spreadsheet')) return 'ods';
    }
    const actual = archive.has('word/document.xml')
      ? 'DOCX'
      : archive.has('ppt/presentation.xml')
        ? 'PPTX'
        : 'ZIP';
    throw new FichaError('FORMAT_MISMATCH', { file, expected: expectedName(extension), actual });
  } finally {
    archive.close();
  }
}

// SheetJS and others list every content type as a Default; only the type of
// the workbook part itself says whether it carries macros.
async function macroContentType(archive: ZipArchive): Promise<boolean> {
  if (!archive.has('[Content_Types].xml')) return false;
  const types = await archive.readText('[Content_Types].xml', 4 * 1024 ** 2);
  return startTags(types, 'Override').some(
    (tag) =>
      attribute(tag, 'PartName') === '/xl/workbook.xml' &&
      (attribute(tag, 'ContentType') ?? '').includes('macroEnabled'),
  );
}

function sniffCompound(file: string, extension: string): SourceFormat {
  let names: string[];
  try {
    const container = sheetjs().CFB.read(readFileSync(file), { type: 'buffer' });
    names = container.FileIndex.map((entry: { name: string }) => entry.name);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FichaError('WORKBOOK_CORRUPT', { file, reason });
  }
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) {
    throw new FichaError('WORKBOOK_ENCRYPTED', { file });
  }
  if (names.some((name) => name === 'Workbook' || name === 'Book')) return 'xls';
  const actual = names.includes('WordDocument') ? 'DOC' : 'OLE compound document';
  throw new FichaError('FORMAT_MISMATCH', { file, expected: expectedName(extension), actual });
}

function expectedName(extension: string): string {
  return extension === '' ? 'workbook' : extension.slice(1).toUpperCase();
}

/** What the first bytes of a non-workbook file look like, for FORMAT_MISMATCH. */
function describeBytes(head: Buffer): string {
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'PDF';
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const text = (
    utf16 ? head.toString(head[0] === 0xff ? 'utf16le' : 'latin1') : head.toString('latin1')
  )
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();

  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return 'Excel 2003 XML';
  }
  if (/^<(!doctype html|html|table|head|body|meta)/.test(text) || text.includes('<html'))
    return 'HTML';

  let control = 0;
  const sample = utf16 ? Buffer.alloc(0) : head;
  for (const byte of sample)
    if (byte === 0 || (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13)) control++;
  if (control > sample.length / 100) return 'binary data';
  return /[,;\t|]/.test(text) ? 'CSV' : 'text';
}
