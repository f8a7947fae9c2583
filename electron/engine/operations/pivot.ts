import { pivotStep, type PivotAggregate } from '../../../shared/operations/pivot';
import { suggestMachineName } from '../../../shared/operations/values/text';
import type { CellValue, ColumnType } from '../../../shared/table';
import { col, newColumn, planBuilder, requireColumn } from './plan-builder';
import type { Operation } from './types';

/** Distinct keys in order of first appearance, blank keys left out. */
function distinctKeys(
  key: string,
  source: string,
  all: (sql: string) => Record<string, CellValue>[],
) {
  const rows = all(
    `SELECT ${col(key)} AS k FROM ${source} WHERE ${col(key)} IS NOT NULL GROUP BY ${col(key)} ORDER BY min(rowid)`,
  );
  return rows.map((row) => row.k);
}

/** The SQL aggregate of each way of combining a cell's values. */
const sqlAggregate: Record<PivotAggregate, string> = {
  first: 'max',
  sum: 'sum',
  mean: 'avg',
  min: 'min',
  max: 'max',
  count: 'count',
};

/** The type of the new columns: counts are integers, means numbers, the rest as the values. */
function cellType(aggregate: PivotAggregate, valueType: ColumnType): ColumnType {
  if (aggregate === 'count') return 'integer';
  if (aggregate === 'mean') return 'number';
  if (aggregate === 'sum' && valueType !== 'integer') return 'number';
  return valueType;
}

/**
 * Turns rows into columns: each distinct key becomes a column holding the
 * first value (in row order) of its group, or the values combined by
 * `aggregate`; rows are grouped by the other
 * columns, in order of first appearance.
 */
export const pivotOperation: Operation<'pivot'> = {
  id: 'pivot',
  schema: pivotStep,
  reads: (step) => [step.key, step.value],
  writes: (step) => [step.key, step.value],
  plan: (step, state, context) => {
    const builder = planBuilder();
    requireColumn(state, step.key);
    const valueColumn = requireColumn(state, step.value);
    const groups = state.columns.filter((c) => c.name !== step.key && c.name !== step.value);
    const keys = distinctKeys(step.key, context.source, (sql) => context.all(sql));

    const aggregate = step.aggregate ?? 'first';
    const type = cellType(aggregate, valueColumn.type);
    const taken = new Set(groups.map((g) => g.name));
    const added = keys.map((key) => {
      let name = suggestMachineName(String(key));
      for (let n = 2; taken.has(name); n++) name = `${suggestMachineName(String(key))}_${n}`;
      taken.add(name);
      const column = newColumn(name, type, {
        label: String(key),
        unit: aggregate === 'count' ? null : valueColumn.unit,
      });
      const cell = `CASE WHEN k = ${builder.bind(key)} THEN v END`;
      return { column, expr: `${sqlAggregate[aggregate]}(${cell}) AS ${col(name)}` };
    });

    const groupList = groups.map((g) => col(g.name));
    const partition = [...groupList, col(step.key)].join(', ');
    const inner =
      `SELECT rowid AS r, ${[...groupList, `${col(step.key)} AS k`, `${col(step.value)} AS v`].join(', ')}, ` +
      `row_number() OVER (PARTITION BY ${partition} ORDER BY rowid) AS rn FROM ${context.source}`;
    const selectList = [...groupList, ...added.map((a) => a.expr)].join(', ');
    const groupBy = groupList.length > 0 ? `GROUP BY ${groupList.join(', ')}` : '';
    // Only "first" keeps one value per cell; the others combine every row of the cell.
    const where = aggregate === 'first' ? 'WHERE rn = 1' : '';
    return builder.finish({
      kind: 'query',
      columns: [...groups.map((g) => ({ ...g })), ...added.map((a) => a.column)],
      select: `SELECT ${selectList} FROM (${inner}) ${where} ${groupBy} ORDER BY min(r)`,
    });
  },
};
