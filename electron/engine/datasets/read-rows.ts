import type { CellValue, RowWindow } from '../../../shared/table';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { getDataset } from './catalog';
import type { DatasetRecord } from './catalog';
import type { RowFilter } from './filters';
import { rowOrder } from './row-order';
import type { RowSort } from './row-order';

/** Which window of which rows to read. */
export interface RowQuery {
  offset?: number;
  limit?: number;
  sort?: RowSort;
  filters?: readonly RowFilter[];
  search?: string;
}

/** Below this offset, an unsorted, unfiltered window is read directly with OFFSET. */
const DIRECT_OFFSET_LIMIT = 10_000;

/**
 * Reads a window of a dataset's rows, values typed as stored (booleans back
 * as true/false). Sorted or filtered windows, and deep ones, come from a
 * cached row order, so a window at any offset costs about the same.
 */
export function readRows(
  workspace: Workspace,
  dataset: DatasetRecord | string,
  query: RowQuery = {},
): RowWindow {
  const record = typeof dataset === 'string' ? getDataset(workspace, dataset) : dataset;
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.max(0, Math.floor(query.limit ?? 100));
  const filters = query.filters ?? [];
  const names = record.columns.map((c) => c.name);
  const selected = ['t.rowid', ...names.map((n) => `t.${quoteIdent(n)}`)].join(', ');
  const table = `${quoteIdent(record.tableName)} AS t`;
  const db = workspace.db;

  let raw: unknown[][];
  let total: number;
  const plain = !query.sort && filters.length === 0 && !query.search?.trim();
  if (plain && offset < DIRECT_OFFSET_LIMIT) {
    raw = db
      .prepare(`SELECT ${selected} FROM ${table} ORDER BY t.rowid LIMIT ? OFFSET ?`)
      .raw()
      .all(limit, offset) as unknown[][];
    total = record.rowCount;
  } else {
    const order = rowOrder(db, record, { sort: query.sort, filters, search: query.search });
    raw = db
      .prepare(
        `SELECT ${selected} FROM ${order.table} AS o ` +
          `CROSS JOIN ${table} ON t.rowid = o.rid ` +
          `WHERE o.rowid > ? AND o.rowid <= ? ORDER BY o.rowid`,
      )
      .raw()
      .all(offset, offset + limit) as unknown[][];
    total = order.total;
  }

  const booleans = record.columns.map((c) => c.type === 'boolean');
  return {
    columns: names,
    rowIds: raw.map((row) => row[0] as number),
    rows: raw.map((row) => row.slice(1).map((v, i) => cell(v, booleans[i]))),
    offset,
    total,
  };
}

function cell(value: unknown, boolean: boolean): CellValue {
  if (boolean && (value === 0 || value === 1)) return value === 1;
  return value as CellValue;
}
