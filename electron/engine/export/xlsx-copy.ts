import type * as XLSX from 'xlsx';
import { sheetjs } from '../lazy-modules';
import { quoteIdent } from '../db/quote';
import type { DatasetRecord } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';

/** Excel's last row, header included. */
export const XLSX_MAX_ROWS = 1_048_576;

/**
 * The table as an XLSX copy for people who want one. Every text cell is
 * written as a text cell, never as a formula, so a value such as "=1+2" or
 * "@SUMA" stays the text it is. The workbook carries the package's date,
 * so the same table gives the same bytes.
 */
export function xlsxCopy(workspace: Workspace, dataset: DatasetRecord, date: Date): Buffer {
  const columns = dataset.columns;
  const booleans = columns.map((c) => c.type === 'boolean');
  const rows = workspace.db
    .prepare(
      `SELECT ${columns.map((c) => quoteIdent(c.name)).join(', ')}
       FROM ${quoteIdent(dataset.tableName)} ORDER BY rowid`,
    )
    .raw(true)
    .all() as unknown[][];

  const { utils, write } = sheetjs();
  const sheet: XLSX.WorkSheet = utils.aoa_to_sheet([columns.map((c) => c.name)], { dense: true });
  utils.sheet_add_aoa(
    sheet,
    rows.map((row) => row.map((value, i) => cellOf(value, booleans[i]))),
    { origin: 1 },
  );

  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'datos');
  book.Props = { Title: dataset.title, CreatedDate: date, ModifiedDate: date };
  return write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** One cell: text as an explicit text cell, booleans from 0/1, empty for missing. */
function cellOf(value: unknown, isBoolean: boolean): XLSX.CellObject | null {
  if (value === null || value === undefined || value === '') return null;
  if (isBoolean && (value === 0 || value === 1)) return { t: 'b', v: value === 1 };
  if (typeof value === 'number') return { t: 'n', v: value };
  return { t: 's', v: String(value) };
}
