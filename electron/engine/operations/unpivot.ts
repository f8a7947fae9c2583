import { unpivotStep } from '../../../shared/operations/unpivot';
import type { UnpivotStep } from '../../../shared/operations/unpivot';
import type { ColumnType } from '../../../shared/table';
import type { ColumnRecord } from '../datasets/catalog';
import { col, newColumn, planBuilder, requireColumn, requireFreeName } from './plan-builder';
import type { Operation, TableState } from './types';

function keyOf(step: UnpivotStep, column: ColumnRecord): string {
  return (step.keyFrom === 'label' ? column.label : column.name).trim();
}

function valueType(columns: ColumnRecord[]): ColumnType {
  const types = new Set(columns.map((c) => c.type));
  if (types.size === 1) return columns[0].type;
  if ([...types].every((t) => t === 'integer' || t === 'number')) return 'number';
  return 'text';
}

/** The type of the key column: whole numbers become integers unless the step says otherwise. */
function keyTypeOf(step: UnpivotStep, keys: string[]): ColumnType {
  if (step.keyType === 'integer') return 'integer';
  if (step.keyType === 'text') return 'text';
  return keys.every((k) => /^-?\d{1,15}$/.test(k)) ? 'integer' : 'text';
}

/** A key read as an integer: the whole key, or its one run of digits ("Año 2000"); else null. */
function integerKey(key: string): bigint | null {
  if (/^-?\d{1,15}$/.test(key)) return BigInt(key);
  const runs = key.match(/\d+/g);
  return runs && runs.length === 1 && runs[0].length <= 15 ? BigInt(runs[0]) : null;
}

function outputColumns(step: UnpivotStep, state: TableState, unpivoted: ColumnRecord[]) {
  const keys = unpivoted.map((c) => keyOf(step, c));
  const keyType = keyTypeOf(step, keys);
  const key = newColumn(step.key, keyType, { label: step.keyLabel ?? step.key });
  const value = newColumn(step.value, valueType(unpivoted), {
    label: step.valueLabel ?? step.value,
    unit: unpivoted[0].unit,
  });
  const first = state.columns.findIndex((c) => step.columns.includes(c.name));
  const kept = state.columns.filter((c) => !step.columns.includes(c.name));
  const before = kept.filter((c) => state.columns.indexOf(c) < first);
  const after = kept.filter((c) => state.columns.indexOf(c) > first);
  return { keys, keyType, kept, columns: [...before, key, value, ...after], before, after };
}

/**
 * Turns columns into rows (years as columns into a year column and a value
 * column). Each source row gives one row per listed column, in column
 * order; the other columns repeat.
 */
export const unpivotOperation: Operation<'unpivot'> = {
  id: 'unpivot',
  schema: unpivotStep,
  reads: (step) => step.columns,
  writes: (step) => [step.key, step.value],
  plan: (step, state, context) => {
    const builder = planBuilder();
    const unpivoted = step.columns.map((name) => requireColumn(state, name));
    const remaining = {
      ...state,
      columns: state.columns.filter((c) => !step.columns.includes(c.name)),
    };
    requireFreeName(remaining, step.key);
    requireFreeName(remaining, step.value);

    const shape = outputColumns(step, state, unpivoted);
    const keyValues = shape.keys.map((k) => {
      if (shape.keyType !== 'integer') return builder.bind(k);
      const whole = integerKey(k);
      if (whole === null) builder.count('notConverted', k);
      return builder.bind(whole);
    });
    const pairs = keyValues.map((k, i) => `SELECT ${i} AS i, ${k} AS k`).join(' UNION ALL ');
    const cases = step.columns.map((name, i) => `WHEN ${i} THEN s.${col(name)}`).join(' ');
    const list = (cols: ColumnRecord[]) => cols.map((c) => `s.${col(c.name)}`);
    const select = [
      ...list(shape.before),
      `u.k AS ${col(step.key)}`,
      `CASE u.i ${cases} END AS ${col(step.value)}`,
      ...list(shape.after),
    ].join(', ');

    return builder.finish({
      kind: 'query',
      columns: shape.columns.map((c) => ({ ...c })),
      select: `SELECT ${select} FROM ${context.source} AS s CROSS JOIN (${pairs}) AS u ORDER BY s.rowid, u.i`,
    });
  },
};
