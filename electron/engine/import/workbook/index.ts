import type { SourceFormat } from '../../../../shared/import';
import { FichaError } from '../../../../shared/errors';
import { silentLogger, type Logger } from '../../logger';
import type { SheetReader } from '../source';
import { defaultLimits, type WorkbookLimits } from './limits';
import { SheetJsReader } from './sheetjs-reader';
import { sniffFormat } from './sniff-format';
import { XlsxReader } from './xlsx-reader';
import { ZipArchive } from './zip-archive';

export { sniffFormat } from './sniff-format';
export { defaultLimits, type WorkbookLimits } from './limits';
export { serialToIso, dateKindOf, type DateKind } from './excel-dates';

/** How to open a workbook. */
export interface WorkbookOptions {
  logger?: Logger;
  /** The format when already sniffed. */
  format?: SourceFormat;
  limits?: Partial<WorkbookLimits>;
}

/**
 * Opens a workbook (XLSX, XLSM, XLS, ODS) as a SheetReader. XLSX and XLSM are
 * streamed by a hand-written reader; XLS and ODS, and XLSX parts the
 * streaming reader does not understand (prefixed or strict markup), go
 * through SheetJS in memory. A format string may stand for the options.
 */
export async function openWorkbookReader(
  file: string,
  settings: WorkbookOptions | SourceFormat = {},
): Promise<SheetReader> {
  const options = typeof settings === 'string' ? { format: settings } : settings;
  const logger = options.logger ?? silentLogger;
  const limits = { ...defaultLimits, ...options.limits };
  const format = options.format ?? (await sniffFormat(file));

  if (format === 'xls' || format === 'ods') return SheetJsReader.open(file, format, logger);
  if (format !== 'xlsx' && format !== 'xlsm') throw new FichaError('FORMAT_UNSUPPORTED', { file });

  const archive = await ZipArchive.open(file, limits);
  try {
    return await XlsxReader.open(archive, format, limits, logger);
  } catch (error) {
    archive.close();
    if (!canFallBack(error)) throw error;
    logger.warn(
      '[import] the streaming reader could not parse the workbook; reading it with SheetJS',
    );
    try {
      return SheetJsReader.open(file, format, logger);
    } catch {
      throw error;
    }
  }
}

// Markup the streaming scanner does not follow (namespace prefixes such as
// <x:row>, strict OOXML without the usual parts) shows up as a sheet
// without data or a workbook without a sheet list.
function canFallBack(error: unknown): boolean {
  if (!(error instanceof FichaError) || error.code !== 'WORKBOOK_CORRUPT') return false;
  const reason = String(error.data.detail?.reason ?? '');
  return /no sheet data|no sheets listed|workbook\.xml is missing/.test(reason);
}
