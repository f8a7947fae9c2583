import type Database from 'better-sqlite3';
import { FichaError, errorCatalog, fillTemplate, isFichaError } from '../../../shared/errors';
import type { Step } from '../../../shared/operations';
import type { CellValue, ColumnType } from '../../../shared/table';
import type { ColumnRecord } from '../datasets/catalog';
import { newId } from '../datasets/ids';
import { quoteIdent } from '../db/quote';
import { DATA_TABLE_PREFIX } from '../db/schema';
import { operationFor } from '../operations';
import type { Plan, PlanContext, StepReport, TableState } from '../operations/types';

/** A step's outcome: the new table version and what the step found. */
export interface StepOutcome {
  state: TableState;
  report: StepReport;
}

/** The read-only view a plan gets of the source table. */
export function planContext(db: Database.Database, table: string): PlanContext {
  return {
    source: quoteIdent(table),
    all: (sql, params = {}) => db.prepare(sql).all(params) as Record<string, CellValue>[],
  };
}

/** Plans a step against a table state, registering the plan's functions on the connection. */
export function planStep(db: Database.Database, state: TableState, step: Step): Plan {
  const plan = operationFor(step).plan(step, state, planContext(db, state.table));
  for (const f of plan.functions) {
    db.function(
      f.name,
      { deterministic: f.deterministic, varargs: true },
      f.fn as (...a: unknown[]) => unknown,
    );
  }
  return plan;
}

/** The SELECT a plan stands for, reading `source` in row order. */
export function planSelect(plan: Plan, source: string): string {
  if (plan.kind === 'query') return plan.select;
  const list = plan.outputs.map((o) => `${o.expr} AS ${quoteIdent(o.column.name)}`).join(', ');
  const where = plan.where ? ` WHERE ${plan.where}` : '';
  return `SELECT ${list || 'NULL'} FROM ${quoteIdent(source)}${where} ORDER BY rowid`;
}

/** The output columns of a plan, positions renumbered. */
export function planColumns(plan: Plan): ColumnRecord[] {
  const columns = plan.kind === 'query' ? plan.columns : plan.outputs.map((o) => o.column);
  return columns.map((column, position) => ({ ...column, position }));
}

/**
 * Runs one step: plans it, writes its result into a new table version
 * (columns without declared type, rowids in row order), and recounts the
 * values that do not fit their column's type. The source table is left
 * untouched, which is what makes undo instant. Must run in a transaction.
 */
export function runStep(db: Database.Database, state: TableState, step: Step): StepOutcome {
  const plan = planStep(db, state, step);
  const columns = planColumns(plan);
  const table = `${DATA_TABLE_PREFIX}${newId()}`;

  const definition =
    columns.length > 0 ? columns.map((c) => quoteIdent(c.name)).join(', ') : '"_empty"';
  db.exec(`CREATE TABLE ${quoteIdent(table)} (${definition})`);
  const insert = `INSERT INTO ${quoteIdent(table)} ${planSelect(plan, state.table)}`;
  const rowCount = db.prepare(insert).run(plan.params).changes;

  const final = finalColumns(db, table, plan, state, columns, rowCount);
  return { state: { table, columns: final, rowCount }, report: plan.report() };
}

/**
 * The output catalog with mismatches brought up to date: taken from the
 * plan's own counts where it has them, recounted for columns the step
 * computed, and for columns that had some when rows went away.
 */
export function finalColumns(
  db: Database.Database,
  table: string,
  plan: Plan,
  state: TableState,
  columns: ColumnRecord[],
  rowCount: number,
): ColumnRecord[] {
  const known = plan.mismatches?.() ?? {};
  const recount = columns.filter(
    (c) =>
      c.type !== 'text' &&
      !(c.name in known) &&
      (!copiedAsIs(plan, c.name, state) || (rowCount !== state.rowCount && c.mismatches > 0)),
  );
  const counts = { ...countMismatches(db, table, recount), ...known };
  return columns.map((c) => (c.name in counts ? { ...c, mismatches: counts[c.name] } : c));
}

/** Whether a plan copies a column unchanged from a source column of the same type. */
function copiedAsIs(plan: Plan, name: string, state: TableState): boolean {
  if (plan.kind !== 'map') return false;
  const output = plan.outputs.find((o) => o.column.name === name);
  if (!output || !/^"(?:[^"]|"")*"$/.test(output.expr)) return false;
  const source = state.columns.find((c) => quoteIdent(c.name) === output.expr);
  return source !== undefined && source.type === output.column.type;
}

function mismatchSql(name: string, type: ColumnType): string {
  const c = quoteIdent(name);
  switch (type) {
    case 'integer':
      return `typeof(${c}) NOT IN ('integer', 'null')`;
    case 'number':
      return `typeof(${c}) NOT IN ('integer', 'real', 'null')`;
    case 'boolean':
      return `NOT (${c} IS NULL OR (typeof(${c}) = 'integer' AND ${c} IN (0, 1)))`;
    case 'date':
    case 'datetime':
      return `NOT (${c} IS NULL OR (typeof(${c}) = 'text' AND ${c} GLOB '[0-9][0-9][0-9][0-9]*'))`;
    case 'text':
      return '0';
  }
}

/** Counts, per column, values that do not fit the column's type. */
export function countMismatches(
  db: Database.Database,
  table: string,
  columns: readonly ColumnRecord[],
): Record<string, number> {
  if (columns.length === 0) return {};
  const sums = columns.map((c, i) => `coalesce(sum(${mismatchSql(c.name, c.type)}), 0) AS m${i}`);
  const row = db.prepare(`SELECT ${sums.join(', ')} FROM ${quoteIdent(table)}`).get() as Record<
    string,
    number
  >;
  return Object.fromEntries(columns.map((c, i) => [c.name, Number(row[`m${i}`])]));
}

/**
 * Turns a failure inside step `index` (1-based) into STEP_FAILED, naming
 * the step, the operation, and the column and row when the cause knows
 * them. Bugs are passed on untouched.
 */
export function stepFailure(error: unknown, index: number, step: Step): unknown {
  if (!isFichaError(error)) return error;
  const inner = error.data;
  const detail = {
    ...inner.detail,
    step: index,
    operation: step.op,
    cause: inner.code,
    reason: inner.message.en,
  };
  const failure = new FichaError('STEP_FAILED', detail);
  failure.data.message.es = fillTemplate(errorCatalog.STEP_FAILED.es, {
    ...detail,
    reason: inner.message.es,
  });
  return failure;
}
