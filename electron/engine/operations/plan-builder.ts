import { FichaError } from '../../../shared/errors';
import type { CellValue, ColumnType } from '../../../shared/table';
import type { ColumnRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { MapPlan, Plan, QueryPlan, StepFunction, StepReport, TableState } from './types';

/** How many example values a report keeps. */
const MAX_EXAMPLES = 10;

/**
 * Collects what a plan needs besides its SQL: bound parameters, functions
 * to register and the counters those functions fill while the SQL runs.
 */
export interface PlanBuilder {
  /** Binds a value and returns its SQL placeholder. */
  bind(value: CellValue | bigint): string;
  /** Registers a JS function for this step and returns its SQL name. */
  fn(name: string, impl: (...args: never[]) => unknown, deterministic?: boolean): string;
  /** Counts a finding of the given kind, keeping a few examples. */
  count(kind: string, example?: string): void;
  finish(plan: MapPlan | QueryPlan): Plan;
}

/** Starts collecting a plan's parameters, functions and counts. */
export function planBuilder(): PlanBuilder {
  const params: Record<string, CellValue | bigint> = {};
  const functions: StepFunction[] = [];
  const report: StepReport = { counts: {}, examples: [] };

  return {
    bind(value) {
      const key = `p${Object.keys(params).length}`;
      params[key] = typeof value === 'boolean' ? (value ? 1n : 0n) : value;
      return `@${key}`;
    },
    fn(name, impl, deterministic = true) {
      const sqlName = `ficha_step_${name.replace(/[^a-z0-9_]/g, '_')}`;
      functions.push({ name: sqlName, fn: impl, deterministic });
      return sqlName;
    },
    count(kind, example) {
      report.counts[kind] = (report.counts[kind] ?? 0) + 1;
      if (example !== undefined && report.examples.length < MAX_EXAMPLES) {
        if (!report.examples.includes(example)) report.examples.push(example);
      }
    },
    finish(plan) {
      return { ...plan, params, functions, report: () => report };
    },
  };
}

/** A value as a step's function hands it back to SQLite: whole numbers stay INTEGER. */
export function sqlValue(value: CellValue | undefined): string | number | bigint | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return null;
    return Number.isSafeInteger(value) ? BigInt(value) : value;
  }
  return value;
}

/** The quoted SQL name of a column. */
export function col(name: string): string {
  return quoteIdent(name);
}

/** Finds a column by machine name or throws COLUMN_MISSING naming it. */
export function requireColumn(state: TableState, name: string): ColumnRecord {
  const found = state.columns.find((column) => column.name === name);
  if (found) return found;
  throw new FichaError('COLUMN_MISSING', {
    column: name,
    columns: state.columns.map((c) => c.name).join(', '),
  });
}

/** Checks that a new column name is free, or throws COLUMN_EXISTS. */
export function requireFreeName(state: TableState, name: string, except?: string): void {
  if (name !== except && state.columns.some((column) => column.name === name)) {
    throw new FichaError('COLUMN_EXISTS', { column: name });
  }
}

/** A fresh catalog entry for a column a step creates. */
export function newColumn(
  name: string,
  type: ColumnType,
  extra: Partial<ColumnRecord> = {},
): ColumnRecord {
  return {
    name,
    label: extra.label ?? name,
    type,
    position: 0,
    mismatches: extra.mismatches ?? 0,
    description: extra.description ?? '',
    unit: extra.unit ?? null,
  };
}

/** The outputs that copy every column as it is. */
export function identityOutputs(state: TableState): MapPlan['outputs'] {
  return state.columns.map((column) => ({ column: { ...column }, expr: col(column.name) }));
}

/** Replaces one output's expression (and optionally its catalog entry). */
export function replaceOutput(
  outputs: MapPlan['outputs'],
  name: string,
  expr: string,
  changes: Partial<ColumnRecord> = {},
): MapPlan['outputs'] {
  return outputs.map((output) =>
    output.column.name === name ? { column: { ...output.column, ...changes }, expr } : output,
  );
}

/** Inserts outputs right after the named one. */
export function insertAfter(
  outputs: MapPlan['outputs'],
  name: string,
  added: MapPlan['outputs'],
): MapPlan['outputs'] {
  const at = outputs.findIndex((output) => output.column.name === name);
  return [...outputs.slice(0, at + 1), ...added, ...outputs.slice(at + 1)];
}
