import type { ColumnType, ImportWarning } from './table';

/** Formats the importer recognises from a file's bytes and name. */
export type SourceFormat = 'xlsx' | 'xlsm' | 'xls' | 'ods' | 'csv' | 'tsv' | 'txt';

/** Text encodings the importer detects or accepts as an override. */
export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'] as const;

/** One of the supported encodings. */
export type Encoding = (typeof encodings)[number];

/** Choices a person can make to override what the importer detects. */
export interface ImportOptions {
  /** Sheet name, or its 1-based number. */
  sheet?: string | number;
  /** 1-based, inclusive header rows, counted in the sheet's own rows. */
  headerRows?: [number, number];
  /** Rows to skip above the header (title rows), overriding detection. */
  skipRows?: number;
  /** Last data row (1-based, inclusive), overriding detection of notes. */
  lastRow?: number;
  encoding?: Encoding;
  delimiter?: string;
  /** Decimal separator override for text sources. */
  decimal?: '.' | ',';
  /** Dataset name in the workspace; derived from the file name when absent. */
  name?: string;
}

/** A sheet of a workbook (a text file is one sheet named after the file). */
export interface SheetSummary {
  name: string;
  index: number;
  rows: number;
  columns: number;
  /** The range the file declares, when it differs from the used one. */
  declaredRange?: string;
  /** Role guessed from the sheet's name and content. */
  role: 'data' | 'metadata' | 'dictionary' | 'other';
}

/** Where the table sits in the sheet, in 1-based sheet rows and columns. */
export interface TableRegion {
  /** Rows above the header kept as notes (titles, subtitles). */
  titleRows: [number, number] | null;
  headerRows: [number, number];
  dataRows: [number, number];
  /** Rows below the table kept as notes (Notas:, Fuente:). */
  noteRows: [number, number] | null;
  firstColumn: number;
  lastColumn: number;
  /** Data rows recognised as totals, left out of the table. */
  totalRows: number[];
}

/** What the importer will do with one column. */
export interface ColumnPlan {
  name: string;
  label: string;
  type: ColumnType;
  /** 1-based column in the sheet. */
  sourceColumn: number;
  /** Sample values that did not fit the inferred type. */
  mismatches: number;
  /** Notation keys or missing markers seen (NE, ND, "-"…) with counts. */
  markers: Record<string, number>;
  /** Unit found in the header, e.g. "kg" from "Cantidad (kg)". */
  unit?: string;
}

/** Metadata found in METADATOS/VARIABLES-style sheets of a workbook. */
export interface EmbeddedMetadata {
  /** Key/value pairs from a metadata sheet, in order. */
  fields: { key: string; value: string }[];
  /** Dictionary entries from a variables sheet. */
  dictionary: {
    name: string;
    description: string;
    type?: string;
    values?: string;
    unit?: string;
  }[];
  sheets: string[];
}

/** What `ficha inspect` reports without importing. */
export interface InspectResult {
  file: string;
  format: SourceFormat;
  size: number;
  sheets: SheetSummary[];
  /** The sheet the rest of the report is about. */
  sheet: string;
  encoding: Encoding | null;
  delimiter: string | null;
  decimal: '.' | ',';
  region: TableRegion;
  notes: string[];
  columns: ColumnPlan[];
  /** The first rows of the sheet as text, region included, for the wizard. */
  preview: string[][];
  /** The first data rows as they will be stored. */
  sample: (string | number | boolean | null)[][];
  metadata: EmbeddedMetadata | null;
  warnings: ImportWarning[];
}

/** What `ficha import` reports. */
export interface ImportResult {
  dataset: string;
  rows: number;
  columns: { name: string; label: string; type: ColumnType; mismatches: number }[];
  encoding: Encoding | null;
  delimiter: string | null;
  sheet: string;
  notes: string[];
  warnings: ImportWarning[];
  metadata: EmbeddedMetadata | null;
  sha256: string;
}

/** A progress event of long work (import, replay, export). */
export interface Progress {
  phase: string;
  done: number;
  /** Total units when known (bytes or rows). */
  total: number | null;
  unit: 'bytes' | 'rows' | 'steps' | 'files';
}
