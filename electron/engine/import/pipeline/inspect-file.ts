import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportOptions, InspectResult } from '../../../../shared/import';
import { cellText } from '../layout';
import type { RawCell } from '../source';
import { readEmbeddedMetadata } from '../embedded';
import { finalizeColumns } from './finalize-columns';
import { prepareTable, streamTable } from './read-table';
import { settleUndecided } from './settle-undecided';
import type { ReadControls } from './read-table';

/** Rows of the sheet shown as text in the report, region included. */
const previewRows = 20;

/**
 * Reports what importing the file would do, without touching a workspace:
 * format, encoding, delimiter, sheets, the table region, notes, column
 * names and types, the first rows as written and as they would be stored.
 * Reads the whole sheet (notes and totals sit at its end), keeping only
 * counters, so it is safe on large files.
 */
export async function inspectFile(
  file: string,
  options: ImportOptions,
  controls: Partial<ReadControls> = {},
): Promise<InspectResult> {
  const signal = controls.signal ?? new AbortController().signal;
  const table = await prepareTable(file, options, { ...controls, signal });
  try {
    const preview = table.head.slice(0, previewRows).map(textRow);
    const assembled = await streamTable(table, options, signal, () => {});
    settleUndecided(table.columns, assembled.stats, null);
    const metadata = await readEmbeddedMetadata(table.reader, signal);
    const final = finalizeColumns(table.columns, assembled.stats, table.sheet.name);
    const { size } = await stat(file);
    const sheets = table.reader.sheets();

    return {
      file: path.basename(file),
      format: table.reader.format,
      size,
      sheets,
      sheet: table.sheet.name,
      encoding: table.reader.encoding,
      delimiter: table.reader.delimiter,
      decimal: table.decimal,
      region: {
        ...table.layout.region,
        dataRows: assembled.dataRows,
        noteRows: assembled.noteRows,
        totalRows: assembled.totalRows,
      },
      notes: [...table.layout.titleNotes, ...assembled.notes],
      columns: final.columns,
      preview,
      sample: assembled.sample,
      metadata,
      warnings: [
        ...(table.reader.warnings?.() ?? []),
        ...table.warnings,
        ...assembled.warnings,
        ...final.warnings,
      ],
    };
  } finally {
    await table.reader.close();
  }
}

function textRow(row: readonly RawCell[]): string[] {
  return row.map((cell) => (cell === null ? '' : cellText(cell)));
}
