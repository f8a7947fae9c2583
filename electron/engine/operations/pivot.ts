import { pivotStep } from '../../../shared/operations/pivot';
import { suggestMachineName } from '../../../shared/operations/values/text';
import type { CellValue } from '../../../shared/table';
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

/**
 * Turns rows into columns: each distinct key becomes a column holding the
 * first value (in row order) of its group; rows are grouped by the other
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

    const taken = new Set(groups.map((g) => g.name));
    const added = keys.map((key) => {
      let name = suggestMachineName(String(key));
      for (let n = 2; taken.has(name); n++) name = `${suggestMachineName(String(key))}_${n}`;
      taken.add(name);
      const column = newColumn(name, valueColumn.type, {
        label: String(key),
        unit: valueColumn.unit,
      });
      return { column, expr: `max(CASE WHEN k = ${builder.bind(key)} THEN v END) AS ${col(name)}` };
    });

    const groupList = groups.map((g) => col(g.name));
    const partition = [...groupList, col(step.key)].join(', ');
    const inner =
      `SELECT rowid AS r, ${[...groupList, `${col(step.key)} AS k`, `${col(step.value)} AS v`].join(', ')}, ` +
      `row_number() OVER (PARTITION BY ${partition} ORDER BY rowid) AS rn FROM ${context.source}`;
    const selectList = [...groupList, ...added.map((a) => a.expr)].join(', ');
    const groupBy = groupList.length > 0 ? `GROUP BY ${groupList.join(', ')}` : '';
    return builder.finish({
      kind: 'query',
      columns: [...groups.map((g) => ({ ...g })), ...added.map((a) => a.column)],
      select: `SELECT ${selectList} FROM (${inner}) WHERE rn = 1 ${groupBy} ORDER BY min(r)`,
    });
  },
};
