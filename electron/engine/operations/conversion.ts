import { FichaError } from '../../../shared/errors';
import type { OnInvalid } from '../../../shared/operations/common';
import type { ColumnType } from '../../../shared/table';
import type { RowFilter } from './filter-sql';
import { filtersSql, onlyFiltered } from './filter-sql';
import {
  col,
  identityOutputs,
  insertAfter,
  newColumn,
  planBuilder,
  replaceOutput,
  requireColumn,
  requireFreeName,
  sqlValue,
} from './plan-builder';
import type { Plan, TableState } from './types';

/** What reading one cell for a conversion gave. */
export type Reading =
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'empty' }
  | { kind: 'missing'; text: string; reason: 'markers' | 'censored' }
  | { kind: 'invalid'; text: string };

/** A conversion step's common parameters. */
export interface ConversionStep {
  column: string;
  onInvalid: OnInvalid;
  flagColumn?: string;
  filters?: RowFilter[];
}

/**
 * The plan of a type conversion. Converted values replace the column;
 * missing markers become empty; values that do not convert are kept,
 * emptied, moved to the flag column, or fail the step naming the row,
 * as the step says. Every case is counted in the report. With a flag
 * column, what markers and moved values said is kept there.
 */
export function conversionPlan(
  step: ConversionStep,
  state: TableState,
  type: ColumnType,
  read: (value: unknown) => Reading,
): Plan {
  const builder = planBuilder();
  const source = requireColumn(state, step.column);
  const flagColumn =
    step.flagColumn ?? (step.onInvalid === 'flag' ? `${step.column}_flag` : undefined);
  if (flagColumn) requireFreeName(state, flagColumn);

  const convert = builder.fn('convert', (value: unknown, row: number) => {
    const reading = read(value);
    if (reading.kind === 'value') return sqlValue(reading.value);
    if (reading.kind === 'empty') return null;
    if (reading.kind === 'missing') {
      builder.count(reading.reason, reading.text);
      return null;
    }
    builder.count('notConverted', reading.text);
    if (step.onInvalid === 'fail') {
      throw new FichaError('VALUE_NOT_CONVERTED', {
        column: step.column,
        row,
        value: reading.text,
        type,
      });
    }
    return step.onInvalid === 'keep' ? sqlValue(value as string) : null;
  });

  const c = col(step.column);
  const condition = filtersSql(step.filters, state, builder);
  let outputs = replaceOutput(
    identityOutputs(state),
    step.column,
    onlyFiltered(`${convert}(${c}, rowid)`, step.column, condition),
    { type },
  );

  if (flagColumn) {
    const flag = builder.fn('flag', (value: unknown) => {
      const reading = read(value);
      if (reading.kind === 'missing') return reading.text;
      if (reading.kind === 'invalid' && step.onInvalid === 'flag') return reading.text;
      return null;
    });
    const flagExpr =
      condition === null ? `${flag}(${c})` : `CASE WHEN ${condition} THEN ${flag}(${c}) END`;
    const label = `${source.label} (nota)`;
    outputs = insertAfter(outputs, step.column, [
      { column: newColumn(flagColumn, 'text', { label }), expr: flagExpr },
    ]);
  }
  const plan = builder.finish({ kind: 'map', outputs });
  if (condition !== null) return plan;
  // Every value went through the function, so its count is the column's mismatches.
  const kept = () => (step.onInvalid === 'keep' ? (plan.report().counts.notConverted ?? 0) : 0);
  return {
    ...plan,
    mismatches: () => ({ [step.column]: kept(), ...(flagColumn ? { [flagColumn]: 0 } : {}) }),
  };
}

/** The columns a conversion writes: the column and its flag column. */
export function conversionWrites(step: ConversionStep): string[] {
  const flag = step.flagColumn ?? (step.onInvalid === 'flag' ? `${step.column}_flag` : undefined);
  return flag ? [step.column, flag] : [step.column];
}
