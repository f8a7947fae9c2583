import type { Bilingual } from '../result';
import type { CellValue, ColumnType } from '../table';
import type { Step } from './index';

/** What a step found while running: values not converted, names not matched… */
export interface StepReport {
  /** Counts by kind: `notConverted`, `markers`, `censored`, `unmatched`. */
  counts: Record<string, number>;
  /** A few of the values counted, for the person to see (never logged). */
  examples: string[];
}

/** One step as applied. */
export interface AppliedStep {
  seq: number;
  op: string;
  label: Bilingual;
  rows: number;
  columns: number;
  report: StepReport;
}

/** What applying steps did to a dataset. */
export interface ApplyResult {
  dataset: string;
  /** The history point the dataset is at now. */
  point: number;
  rows: number;
  columns: string[];
  applied: AppliedStep[];
}

/** One entry of a dataset's history. */
export interface HistoryEntry {
  seq: number;
  step: Step;
  label: Bilingual;
  actor: string;
  email: string;
  at: string;
  undone: boolean;
  rows: number;
  columns: number;
  report: StepReport;
  /**
   * The seq of the first step of the group this step was applied in (its
   * own seq when alone). Undo and redo move over a group at once.
   */
  group: number;
}

/** A dataset's history and the point it is at (0 = as imported). */
export interface HistoryView {
  dataset: string;
  point: number;
  steps: HistoryEntry[];
}

/** One row of a preview: before and after (null when the row goes away or is new). */
export interface PreviewRow {
  /** 1-based row number before the step; null for rows a reshape creates. */
  row: number | null;
  before: CellValue[] | null;
  after: CellValue[] | null;
}

/** The effect of a step on the first rows it changes, computed without applying it. */
export interface StepPreview {
  label: Bilingual;
  columnsBefore: string[];
  columnsAfter: string[];
  reads: string[];
  writes: string[];
  rows: PreviewRow[];
  /** Rows changed among those scanned; null for reshaping steps. */
  changed: number | null;
  scanned: number;
  report: StepReport;
}

/** A recipe file: `{"ficha": "recipe", "version": 1, "import": {…}, "steps": […]}`. */
export interface RecipeFile {
  ficha: 'recipe';
  version: 1;
  import?: Record<string, unknown>;
  steps: Step[];
}

/** A value of a column with how many rows hold it. */
export interface FacetValue {
  value: CellValue;
  count: number;
}

/** A facet of one column: what its values look like. */
export interface ColumnFacet {
  column: string;
  type: ColumnType;
  rows: number;
  blank: number;
  nonBlank: number;
  /** Values that do not fit the column's type, with counts (most frequent first). */
  mismatched: FacetValue[];
  /** Distinct values with counts, most frequent first, filtered by the search. */
  values: FacetValue[];
  distinct: number;
  /** For number columns: equal-width ranges. */
  histogram: { from: number; to: number; count: number }[] | null;
  /** For date columns: counts by year (or month when all in one year). */
  timeline: { period: string; count: number }[] | null;
}

/** Near-identical values to merge, with the suggested one to keep. */
export interface ClusterView {
  key: string;
  values: { value: string; count: number }[];
  suggested: string;
  rows: number;
}

/** Clusters of a column and the map-values step that merges them all. */
export interface ClusterResult {
  column: string;
  method: string;
  clusters: ClusterView[];
  step: Step | null;
}

/** An obvious fix the engine detected, ready to apply as steps. */
export interface Suggestion {
  kind: 'total-rows' | 'notation-keys' | 'years-as-columns' | 'fill-down' | 'blank-rows' | 'trim';
  message: Bilingual;
  steps: Step[];
}

/** What `ficha update` found and did. */
export interface UpdateReport {
  dataset: string;
  file: string;
  applied: boolean;
  rowsBefore: number;
  rowsAfter: number;
  rowsAdded: number;
  rowsRemoved: number;
  columnsAppeared: string[];
  columnsVanished: string[];
  /** Steps that could not be replayed, and why. */
  failedSteps: { step: number; op: string; reason: Bilingual }[];
  /** Columns mapped from a new name to the one the recipe expects. */
  mapped: Record<string, string>;
}
