import type { z } from 'zod';
import type { OperationId, StepOf } from '../../../shared/operations';
import type { CellValue } from '../../../shared/table';
import type { StepReport } from '../../../shared/operations/results';
import type { ColumnRecord } from '../datasets/catalog';

/** A table at one point of a recipe: its SQLite table and its column catalog. */
export interface TableState {
  table: string;
  columns: ColumnRecord[];
  rowCount: number;
}

/** A JS function registered on the connection for one step's SQL. */
export interface StepFunction {
  name: string;
  fn: (...args: never[]) => unknown;
  /** False for functions that keep state from row to row (fill-down). */
  deterministic: boolean;
}

/** What a step found while running (see shared/operations/results). */
export type { StepReport } from '../../../shared/operations/results';

/**
 * A plan that keeps rows aligned with the source: each output column is an
 * SQL expression over the source row, and `where` (when present) keeps
 * some rows. Previews compare before and after row by row.
 */
export interface MapPlan {
  kind: 'map';
  outputs: { column: ColumnRecord; expr: string }[];
  where?: string;
}

/** A plan that reshapes the table: any SELECT over the source, rows in output order. */
export interface QueryPlan {
  kind: 'query';
  columns: ColumnRecord[];
  select: string;
}

/** What a plan function returns: SQL (never run by the plan), functions and a report. */
export type Plan = (MapPlan | QueryPlan) & {
  /** Named parameters the SQL refers to as @name. */
  params: Record<string, CellValue | bigint>;
  functions: StepFunction[];
  /** Read after the SQL ran: what the functions counted. */
  report: () => StepReport;
  /** Read after the SQL ran: mismatches of columns the functions counted exactly. */
  mismatches?: () => Record<string, number>;
};

/**
 * Read-only access a plan may use to look at the data (pivot needs the
 * distinct keys, extract-unit the values' suffixes). Plans never write.
 */
export interface PlanContext {
  /** Runs a read-only query against the workspace. */
  all(sql: string, params?: Record<string, CellValue>): Record<string, CellValue>[];
  /** The source table's name, already quoted for SQL. */
  source: string;
}

/**
 * One cleaning operation as the engine runs it: its id, its schema from
 * shared/, the columns it reads and writes, and a pure plan.
 */
export interface Operation<K extends OperationId = OperationId> {
  id: K;
  schema: z.ZodType;
  reads: (step: StepOf<K>, state: TableState) => string[];
  writes: (step: StepOf<K>, state: TableState) => string[];
  plan: (step: StepOf<K>, state: TableState, context: PlanContext) => Plan;
}
