import type { EmbeddedMetadata } from '../../../../shared/import';
import type { RawCell, SheetReader } from '../source';
import { parseDictionarySheet, parseMetadataSheet } from './parse-metadata';

// Metadata and dictionary sheets are short; a sheet longer than this is read
// up to here only.
const maxRows = 5_000;

/**
 * Reads the metadata and dictionary sheets of a workbook (roles set by the
 * reader) into EmbeddedMetadata, or null when the workbook has none.
 */
export async function readEmbeddedMetadata(
  reader: SheetReader,
  signal: AbortSignal,
): Promise<EmbeddedMetadata | null> {
  const sheets = reader
    .sheets()
    .filter((sheet) => sheet.role === 'metadata' || sheet.role === 'dictionary');
  if (sheets.length === 0) return null;

  const metadata: EmbeddedMetadata = { fields: [], dictionary: [], sheets: [] };
  for (const sheet of sheets) {
    if (sheet.rows === 0) continue;
    const rows = await readRows(reader, sheet.name, signal);
    if (sheet.role === 'metadata') metadata.fields.push(...parseMetadataSheet(rows));
    else metadata.dictionary.push(...parseDictionarySheet(rows));
    metadata.sheets.push(sheet.name);
  }
  return metadata.sheets.length > 0 ? metadata : null;
}

async function readRows(
  reader: SheetReader,
  sheet: string,
  signal: AbortSignal,
): Promise<RawCell[][]> {
  const rows: RawCell[][] = [];
  for await (const batch of reader.rows(sheet, signal)) {
    rows.push(...batch.rows);
    if (rows.length >= maxRows) break;
  }
  return rows.slice(0, maxRows);
}
