import { readFileSync } from 'node:fs';
import type * as XLSX from 'xlsx';
import { sheetjs } from '../../lazy-modules';
import type { SheetSummary, SourceFormat } from '../../../../shared/import';
import { FichaError } from '../../../../shared/errors';
import type { ImportWarning } from '../../../../shared/table';
import type { Logger } from '../../logger';
import { settleRoles, sheetRole } from '../embedded/sheet-role';
import type { MergeRange, RawCell, RowBatch, SheetReader } from '../source';
import { formulaErrorWarning } from './cell-problems';
import { dateKindOf, isDateSerial, serialToIso } from './excel-dates';
import { columnLetters } from './xml-text';

const batchRows = 1_000;

interface SheetData {
  summary: SheetSummary;
  rows: RawCell[][];
  merges: MergeRange[];
}

/**
 * XLS (BIFF8), ODS and odd XLSX read through SheetJS in dense mode. The
 * whole workbook is parsed in memory at open (about 250 bytes per cell;
 * see docs/known-issues.md), then converted to RawCell rows once: dates by
 * their number format, formulas as cached values, errors as blanks with a
 * warning.
 */
export class SheetJsReader implements SheetReader {
  readonly encoding = null;
  readonly delimiter = null;

  private constructor(
    readonly file: string,
    readonly format: SourceFormat,
    private readonly data: SheetData[],
    private readonly collected: ImportWarning[],
  ) {}

  /** Parses the file; WORKBOOK_ENCRYPTED or WORKBOOK_CORRUPT when SheetJS cannot. */
  static open(file: string, format: SourceFormat, logger: Logger): SheetJsReader {
    const started = Date.now();
    let workbook: XLSX.WorkBook;
    try {
      workbook = sheetjs().read(readFileSync(file), {
        type: 'buffer',
        dense: true,
        cellFormula: false,
        cellHTML: false,
        cellText: false,
        cellDates: false,
        cellNF: true,
        cellStyles: false,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/password|encrypt/i.test(message)) throw new FichaError('WORKBOOK_ENCRYPTED', { file });
      throw new FichaError('WORKBOOK_CORRUPT', { file, reason: message });
    }

    const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
    const warnings: ImportWarning[] = [];
    const data = workbook.SheetNames.map((name, index) =>
      convertSheet(name, index + 1, workbook.Sheets[name], date1904, warnings),
    );
    // Hidden sheets hold lookups and helpers, not the table to publish.
    data.forEach((sheet, index) => {
      const hidden = Boolean(workbook.Workbook?.Sheets?.[index]?.Hidden);
      if (hidden && sheet.summary.role === 'data') sheet.summary.role = 'other';
    });
    const roles = settleRoles(data.map((sheet) => sheet.summary));
    data.forEach((sheet, index) => (sheet.summary.role = roles[index]));

    logger.info(
      `[import] parsed ${format} workbook with ${data.length} sheets in ${Date.now() - started} ms`,
    );
    return new SheetJsReader(file, format, data, warnings);
  }

  sheets(): SheetSummary[] {
    return this.data.map((sheet) => ({ ...sheet.summary }));
  }

  merges(sheet: string): MergeRange[] {
    return this.find(sheet).merges.map((merge) => ({ ...merge }));
  }

  /** Formula errors met while converting, with sheet, row and column. */
  warnings(): ImportWarning[] {
    return [...this.collected];
  }

  async *rows(sheet: string, signal: AbortSignal): AsyncIterable<RowBatch> {
    const data = this.find(sheet);
    if (data.summary.rows === 0) throw new FichaError('SHEET_EMPTY', { file: this.file, sheet });
    for (let start = 0; start < data.rows.length; start += batchRows) {
      if (signal.aborted) throw new FichaError('CANCELLED', { file: this.file });
      yield { startRow: start + 1, rows: data.rows.slice(start, start + batchRows) };
    }
  }

  async close(): Promise<void> {
    this.data.length = 0;
  }

  private find(sheet: string): SheetData {
    const data = this.data.find((candidate) => candidate.summary.name === sheet);
    if (!data) {
      const sheets = this.data.map((candidate) => candidate.summary.name).join(', ');
      throw new FichaError('SHEET_NOT_FOUND', { file: this.file, sheet, sheets });
    }
    return data;
  }
}

function convertSheet(
  name: string,
  index: number,
  sheet: XLSX.WorkSheet | undefined,
  date1904: boolean,
  warnings: ImportWarning[],
): SheetData {
  const dense = (sheet?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: RawCell[][] = [];
  let lastRow = 0;
  let lastColumn = 0;

  for (let r = 0; r < dense.length; r++) {
    const cells: RawCell[] = [];
    const source = dense[r] ?? [];
    for (let c = 0; c < source.length; c++) {
      const value = cellValue(source[c], date1904, () =>
        warnings.push(
          formulaErrorWarning(name, r + 1, c + 1, String(source[c]?.w ?? source[c]?.v)),
        ),
      );
      if (value === null) continue;
      while (cells.length < c) cells.push(null);
      cells[c] = value;
      lastColumn = Math.max(lastColumn, c + 1);
    }
    rows.push(cells);
    if (cells.length > 0) lastRow = r + 1;
  }
  rows.length = lastRow;

  const merges = (sheet?.['!merges'] ?? []).map((merge) => ({
    startRow: merge.s.r + 1,
    startColumn: merge.s.c + 1,
    endRow: merge.e.r + 1,
    endColumn: merge.e.c + 1,
  }));
  const summary: SheetSummary = {
    name,
    index,
    rows: lastRow,
    columns: lastColumn,
    role: sheetRole(name, rows.slice(0, 30)),
  };
  const declared = sheet?.['!ref'];
  const used = lastRow > 0 ? `A1:${columnLetters(lastColumn)}${lastRow}` : '';
  if (declared && declared !== used && declared !== 'A1') summary.declaredRange = declared;
  return { summary, rows, merges };
}

function cellValue(
  cell: XLSX.CellObject | undefined,
  date1904: boolean,
  onError: () => void,
): RawCell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      const kind = typeof cell.z === 'string' ? dateKindOf(-1, cell.z) : 'none';
      return kind === 'none' || !isDateSerial(value)
        ? value
        : { date: serialToIso(value, kind, date1904) };
    }
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return {
        date: (cell.v instanceof Date ? cell.v.toISOString() : String(cell.v)).slice(0, 19),
      };
    case 'e':
      onError();
      return null;
    default:
      return null;
  }
}
