import type { RawCell, SheetReader } from '../../../../electron/engine/import/source';

/** Reads a whole sheet into a grid (index 0 = sheet row 1), checking batch order. */
export async function readAll(reader: SheetReader, sheet: string): Promise<RawCell[][]> {
  const rows: RawCell[][] = [];
  for await (const batch of reader.rows(sheet, new AbortController().signal)) {
    if (batch.startRow !== rows.length + 1) throw new Error(`batch starts at ${batch.startRow}`);
    rows.push(...batch.rows);
  }
  return rows;
}
