/**
 * Limits that keep a hostile or broken workbook from exhausting memory. The
 * defaults allow any sheet Excel itself can save; tests lower them.
 */
export interface WorkbookLimits {
  /** An entry inflating past this size with a ratio over maxRatio is a bomb. */
  maxEntryBytes: number;
  maxRatio: number;
  /** Past this total uncompressed size a workbook is refused outright. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Longest cell text, in characters (Excel's own limit is 32,767). */
  maxCellChars: number;
  /** Sheets whose XML is at most this size are read whole once when opened. */
  fullScanBytes: number;
}

/** The limits used unless a caller overrides them. */
export const defaultLimits: WorkbookLimits = {
  maxEntryBytes: 1024 ** 3,
  maxRatio: 100,
  maxTotalBytes: 8 * 1024 ** 3,
  maxEntries: 50_000,
  maxCellChars: 1_000_000,
  fullScanBytes: 16 * 1024 ** 2,
};

/** Sizes as a person reads them: "1.5 GB", "300 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
