import type { Bilingual } from './result';

/** The types a column can have once imported. */
export const columnTypes = ['integer', 'number', 'boolean', 'date', 'datetime', 'text'] as const;

/** One of the column types. */
export type ColumnType = (typeof columnTypes)[number];

/** A cell value as stored: dates and datetimes are ISO 8601 text. */
export type CellValue = string | number | boolean | null;

/** A column of a dataset as the workspace describes it. */
export interface ColumnInfo {
  /** Machine name: lowercase ASCII snake_case, unique in the dataset. */
  name: string;
  /** The header as the source file wrote it (group headers joined). */
  label: string;
  type: ColumnType;
  /** 0-based position in the table. */
  position: number;
  /** Values that did not fit the type and were kept as text. */
  mismatches: number;
}

/** A problem found while reading that did not stop the import. */
export interface ImportWarning {
  code: string;
  message: Bilingual;
  sheet?: string;
  row?: number;
  column?: string;
}

/** A dataset as listed in a workspace. */
export interface DatasetSummary {
  id: string;
  name: string;
  title: string;
  rows: number;
  columns: number;
  status: string;
  sourceFile: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A window of rows, as the grid and `ficha rows` ask for it. */
export interface RowWindow {
  columns: string[];
  rows: CellValue[][];
  /** Row ids, so the grid can number rows and address edits. */
  rowIds: number[];
  offset: number;
  /** Total rows matching the filter. */
  total: number;
}

/** Per-column statistics, as `ficha describe` prints them. */
export interface ColumnProfile extends ColumnInfo {
  nonEmpty: number;
  distinct: number;
  examples: CellValue[];
}
