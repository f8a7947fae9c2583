import { FichaError } from '../../../shared/errors';
import type { KeyFigure, KeyFigureSpec } from '../../../shared/promote/types';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';

const aggregateLabels = {
  sum: 'Total',
  avg: 'Promedio',
  count: 'Registros',
  max: 'Máximo',
  min: 'Mínimo',
};
const yearNames = /^(a(n|ñ)io|ano|year|ejercicio|periodo)(_|$)/;

/**
 * The figure a card shows when the person has not picked one: the latest
 * year's total of the first numeric measure, by the first category column
 * with few values — "the latest year's total by category" of the issue —
 * or, failing that, the number of records.
 */
export function defaultFigureSpec(workspace: Workspace, dataset: DatasetRecord): KeyFigureSpec {
  const columns = dataset.columns;
  const year = columns.find((column) => column.type === 'integer' && yearNames.test(column.name));
  const measure = columns.find(
    (column) => (column.type === 'number' || column.type === 'integer') && column !== year,
  );
  const category = columns.find(
    (column) => column.type === 'text' && distinctCount(workspace, dataset, column.name) <= 40,
  );

  if (!measure) return { column: '', aggregate: 'count', by: category?.name, top: 5 };
  return {
    column: measure.name,
    aggregate: 'sum',
    by: category?.name,
    latestOf: year?.name,
    top: 5,
  };
}

function distinctCount(workspace: Workspace, dataset: DatasetRecord, column: string): number {
  const sql = `SELECT count(DISTINCT ${quoteIdent(column)}) FROM ${quoteIdent(dataset.tableName)}`;
  return workspace.db.prepare(sql).pluck().get() as number;
}

function requireColumn(dataset: DatasetRecord, column: string | undefined): void {
  if (column && !dataset.columns.some((known) => known.name === column)) {
    throw new FichaError('COLUMN_NOT_FOUND', { dataset: dataset.name, column });
  }
}

/** Computes a key figure in SQLite, with its breakdown for the card's chart. */
export function computeKeyFigure(
  workspace: Workspace,
  dataset: DatasetRecord,
  spec: KeyFigureSpec,
): KeyFigure {
  if (spec.aggregate !== 'count') requireColumn(dataset, spec.column);
  requireColumn(dataset, spec.by);
  requireColumn(dataset, spec.latestOf);
  const table = quoteIdent(dataset.tableName);

  // Limit to the latest year first, when the spec asks for it.
  let where = '';
  const params: (string | number)[] = [];
  let period: string | null = null;
  if (spec.latestOf) {
    const year = quoteIdent(spec.latestOf);
    const latest = workspace.db.prepare(`SELECT max(${year}) FROM ${table}`).pluck().get() as
      number | null;
    if (latest !== null) {
      where = `WHERE ${year} = ?`;
      params.push(latest);
      period = String(latest);
    }
  }

  const expression = aggregateSql(spec);
  const value = (workspace.db
    .prepare(`SELECT ${expression} FROM ${table} ${where}`)
    .pluck()
    .get(...params) ?? 0) as number;

  let bars: { label: string; value: number }[] = [];
  if (spec.by) {
    const by = quoteIdent(spec.by);
    bars = workspace.db
      .prepare(
        `SELECT ${by} AS label, ${expression} AS value FROM ${table} ${where} ` +
          `GROUP BY ${by} HAVING ${by} IS NOT NULL ORDER BY value DESC LIMIT ?`,
      )
      .all(...params, spec.top ?? 5) as { label: string; value: number }[];
    bars = bars.map((bar) => ({ label: String(bar.label), value: Number(bar.value) }));
  }

  const measure = dataset.columns.find((column) => column.name === spec.column);
  const subject = spec.aggregate === 'count' ? '' : ` de ${measure?.label || spec.column}`;
  return {
    spec,
    label: `${aggregateLabels[spec.aggregate]}${subject}${period ? ` en ${period}` : ''}`,
    value: Number(value),
    unit: measure?.unit ?? '',
    period,
    bars,
  };
}

function aggregateSql(spec: KeyFigureSpec): string {
  if (spec.aggregate === 'count') return 'count(*)';
  const column = quoteIdent(spec.column);
  return `coalesce(${spec.aggregate}(${column}), 0)`;
}
