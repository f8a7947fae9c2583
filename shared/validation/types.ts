import type { Ficha } from '../metadata/model';
import type { Bilingual } from '../result';
import type { ColumnType } from '../table';

/** How serious a finding is: errors block publication, advice never does. */
export const severities = ['error', 'warning', 'advice'] as const;

/** One of the severities. */
export type Severity = (typeof severities)[number];

/** Where a finding points: a ficha field, a column, a row, a distribution. */
export interface FindingLocation {
  /** A field path of docs/ficha.md, e.g. "contact.email" or "distributions.0.title". */
  field?: string;
  column?: string;
  /** Row id in the dataset's table. */
  row?: number;
}

/** A cleaning step as issue 4's operations take it: `{op: "trim", column: "x"}`. */
export type OperationStep = { op: string } & Record<string, unknown>;

/** What fixes a finding in one click: a cleaning step, or a value for a field. */
export type FindingFix =
  { kind: 'operation'; step: OperationStep } | { kind: 'field'; field: string; value: unknown };

/** One problem found by a rule. */
export interface Finding {
  rule: string;
  severity: Severity;
  location: FindingLocation;
  message: Bilingual;
  fix?: FindingFix;
}

/** A finding as a rule returns it; the engine adds rule id and severity. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** A column as rules see it (the dataset's catalog). */
export interface ColumnSubject {
  name: string;
  label: string;
  type: ColumnType;
  mismatches: number;
}

/** Facts about one column computed in SQLite by the engine. */
export interface ColumnFacts {
  name: string;
  nonEmpty: number;
  distinct: number;
  /** Cells with spaces at either end. */
  untrimmed: number;
  /** Text cells that read as numbers ("1,234.5", "12 %"). */
  numericText: number;
  /** Text cells that read as dates but not in ISO 8601, with the pattern seen most. */
  nonIsoDates: number;
  nonIsoDatePattern?: string;
  /** Notation keys and missing markers seen in a numeric column, with counts. */
  markers: Record<string, number>;
  /** Blank cells that follow a filled one in a category column (merged-cell remains). */
  blankRuns: number;
  /** Groups of distinct values that fold to the same key ("Jalisco", "JALISCO "). */
  nearDuplicates: string[][];
  /** Rows whose value says "Total" and which look computed. */
  totalRows: number[];
}

/** Facts about the table computed in SQLite by the engine. */
export interface TableFacts {
  rows: number;
  duplicateRows: number;
  /** The first duplicate row ids, to point at one. */
  duplicateExamples: number[];
  columns: ColumnFacts[];
}

/** Another dataset of the workspace, for duplicate-title checks. */
export interface SiblingDataset {
  name: string;
  title: string;
}

/** Everything the rules look at; table facts are absent when only the ficha is checked. */
export interface ValidationSubject {
  /** The dataset's name in the workspace. */
  dataset: string;
  ficha: Ficha;
  columns: ColumnSubject[];
  table?: TableFacts;
  siblings?: SiblingDataset[];
  /** Now, as an ISO 8601 date-time; rules never read the clock. */
  now: string;
}

/** How a length limit counts: the whole text, its first sentence, each item, or the CKAN name. */
export type LimitMeasure = 'text' | 'first-sentence' | 'each' | 'ckan-name';

/** A length limit a rule sets on a field, so the form can count against it. */
export interface FieldLimit {
  max: number;
  measure: LimitMeasure;
}

/** A named rule: a pure function of the subject and its profile options. */
export interface Rule {
  id: string;
  /** What the rule checks, for docs and the form. */
  title: Bilingual;
  check(subject: ValidationSubject, options: Record<string, unknown>): RuleFinding[];
  /** The length limits the rule enforces with these options, by field path. */
  limits?(options: Record<string, unknown>): Record<string, FieldLimit>;
}
