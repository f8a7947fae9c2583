import type { TableRegion } from '../../../../shared/import';

/** Choices a person made that replace what detection would find. */
export interface LayoutOverrides {
  /** 1-based, inclusive sheet rows holding the header. */
  headerRows?: [number, number];
  /** Rows at the top of the sheet to skip before looking for the header. */
  skipRows?: number;
  /** Last data row (1-based, inclusive); rows below it become notes. */
  lastRow?: number;
}

/** The label of one table column and where it sits in the sheet. */
export interface HeaderLabel {
  /** The header text, group headers joined to sub-headers (see joinHeaderParts). */
  label: string;
  /** 1-based sheet column. */
  sourceColumn: number;
}

/** What a row after the start of the data is. */
export type RowKind = 'data' | 'note' | 'total' | 'blank';

/**
 * What classifyRow needs to know about the table. Columns are 1-based sheet
 * columns; a row is an array whose index 0 is sheet column 1.
 */
export interface RowContext {
  firstColumn: number;
  lastColumn: number;
  /** Columns whose values are mostly text or codes (names, keys, categories). */
  labelColumns: number[];
  /** Columns whose values are mostly numbers or dates. */
  numericColumns: number[];
  /** True once a note row has been seen: short lone texts below it are notes too. */
  afterNote?: boolean;
}

/** The table found in the first rows of a sheet. */
export interface Layout {
  region: TableRegion;
  headers: HeaderLabel[];
  /** Title and subtitle rows above the header, as text, in order. */
  titleNotes: string[];
  /** Note rows found below the data in the rows given, as text, in order. */
  tailNotes: string[];
  /** The context to classify the rows that follow the ones given. */
  context: RowContext;
}
