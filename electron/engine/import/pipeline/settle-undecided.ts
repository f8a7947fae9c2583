import { toSqlValue } from '../../datasets/cells';
import { quoteIdent } from '../../db/quote';
import type { Workspace } from '../../workspace/workspace';
import { cellConverter, ColumnStats, typeFromKinds } from '../values';
import type { PlannedColumn } from './plan-columns';

/** Where the staged rows are, when the settled values must be rewritten. */
export interface StagedRows {
  workspace: Workspace;
  table: string;
}

/**
 * Gives a type to the columns whose sample was empty, from the kinds of
 * all their cells. With staged rows, the values kept as text are
 * converted in place by one UPDATE through a function registered on the
 * connection (the same converter as streamed columns), and their counts
 * replace the provisional ones; without, only the counts are settled.
 */
export function settleUndecided(
  columns: PlannedColumn[],
  stats: ColumnStats[],
  staged: StagedRows | null,
): void {
  columns.forEach((column, index) => {
    if (!column.undecided) return;
    const settled = typeFromKinds(stats[index].kinds);
    if (settled.type === 'text') return;

    columns[index] = { ...column, type: settled.type, undecided: false };
    if (staged) {
      stats[index] = convertStaged(staged, column.name, columns[index]);
    } else {
      const counts = new ColumnStats();
      counts.nonEmpty = stats[index].nonEmpty;
      counts.mismatches = settled.mismatches;
      stats[index] = counts;
    }
  });
}

function convertStaged(staged: StagedRows, name: string, column: PlannedColumn): ColumnStats {
  const db = staged.workspace.db;
  const stats = new ColumnStats();
  const convert = cellConverter(column.type, column.decimal, column.dateOrder);
  db.function('ficha_import_settle', { deterministic: true }, (value: unknown) =>
    toSqlValue(
      convert(typeof value === 'string' || typeof value === 'number' ? value : null, stats, 0),
    ),
  );

  const q = quoteIdent(name);
  db.transaction(() => {
    db.exec(
      `UPDATE ${quoteIdent(staged.table)} SET ${q} = ficha_import_settle(${q}) WHERE ${q} IS NOT NULL`,
    );
  }).immediate();
  return stats;
}
