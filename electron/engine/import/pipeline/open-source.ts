import path from 'node:path';
import { FichaError } from '../../../../shared/errors';
import type { ImportOptions, SheetSummary, SourceFormat } from '../../../../shared/import';
import type { SheetReader } from '../source';
import { openTextReader } from '../text/text-reader';
import { openWorkbookReader, sniffFormat } from '../workbook';
import type { Logger } from '../../logger';

/** Formats read as delimited text. */
export const textFormats: readonly SourceFormat[] = ['csv', 'tsv', 'txt'];

/**
 * Opens any supported file as a SheetReader: sniffs its format, then hands
 * it to the text reader or the workbook reader with the person's overrides.
 * With `keepBytes`, a text reader holds the bytes it reads for `tapBytes`.
 */
export async function openSource(
  file: string,
  options: ImportOptions,
  logger?: Logger,
  keepBytes = false,
): Promise<SheetReader> {
  const format = await sniffFormat(file);
  if (textFormats.includes(format)) {
    return openTextReader(file, format, {
      encoding: options.encoding,
      delimiter: options.delimiter,
      keepBytes,
    });
  }
  return openWorkbookReader(file, { format, logger });
}

/**
 * Picks the sheet to read: by name or 1-based number when asked, else the
 * first sheet that looks like data, else the first one.
 */
export function chooseSheet(
  reader: SheetReader,
  wanted: string | number | undefined,
): SheetSummary {
  const sheets = reader.sheets();
  const notFound = () =>
    new FichaError('SHEET_NOT_FOUND', {
      file: path.basename(reader.file),
      sheet: String(wanted),
      sheets: sheets.map((s) => s.name).join(', '),
    });

  if (wanted === undefined) return sheets.find((s) => s.role === 'data') ?? sheets[0];
  if (typeof wanted === 'number' || /^\d+$/.test(wanted)) {
    const byNumber = sheets[Number(wanted) - 1];
    const byName = sheets.find((s) => s.name === String(wanted));
    if (byName) return byName;
    if (byNumber) return byNumber;
    throw notFound();
  }
  const sheet =
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) throw notFound();
  return sheet;
}
