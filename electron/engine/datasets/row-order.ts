import type Database from 'better-sqlite3';
import { quoteIdent } from '../db/quote';
import type { DatasetRecord } from './catalog';
import { columnType, whereClause } from './filters';
import type { RowFilter } from './filters';

/** How the grid orders a window of rows. */
export interface RowSort {
  column: string;
  direction: 'asc' | 'desc';
}

/** A query's rows, in order, as a temporary table of row ids numbered 1..total. */
export interface RowOrder {
  /** Quoted name of the temp table; its rowid is the 1-based position. */
  table: string;
  total: number;
}

interface CachedOrder extends RowOrder {
  key: string;
  datasetId: string;
  revision: number;
  lastUsed: number;
}

/** How many orders each connection keeps; each costs about 16 bytes a row. */
const CACHE_SIZE = 6;

const caches = new WeakMap<Database.Database, CachedOrder[]>();
let counter = 0;

/**
 * The order of the rows matching a query, computed once in SQLite and kept
 * as a temporary table per connection, so that any window of it, however
 * deep, is a range lookup on the temp table's rowid. Entries are keyed by
 * the query and the dataset's revision: any change to the table (see
 * touchDataset) rebuilds them.
 */
export function rowOrder(
  db: Database.Database,
  dataset: DatasetRecord,
  query: { sort?: RowSort; filters: readonly RowFilter[]; search?: string },
): RowOrder {
  const key = JSON.stringify([
    dataset.tableName,
    query.sort ?? null,
    query.filters,
    query.search ?? '',
  ]);
  const cache = caches.get(db) ?? [];
  caches.set(db, cache);

  const hit = cache.find((entry) => entry.key === key && entry.revision === dataset.revision);
  if (hit) {
    hit.lastUsed = ++counter;
    return hit;
  }

  // Forget orders of older revisions of this dataset, then the least used beyond the limit.
  for (const entry of [...cache]) {
    if (entry.datasetId === dataset.id && entry.revision !== dataset.revision)
      drop(db, cache, entry);
  }
  while (cache.length >= CACHE_SIZE) {
    drop(
      db,
      cache,
      cache.reduce((a, b) => (a.lastUsed <= b.lastUsed ? a : b)),
    );
  }

  const built = build(db, dataset, query);
  const entry: CachedOrder = {
    ...built,
    key,
    datasetId: dataset.id,
    revision: dataset.revision,
    lastUsed: ++counter,
  };
  cache.push(entry);
  return entry;
}

/** Drops every cached order of a connection (before closing it, or in tests). */
export function clearRowOrders(db: Database.Database): void {
  const cache = caches.get(db) ?? [];
  for (const entry of [...cache]) drop(db, cache, entry);
}

function build(
  db: Database.Database,
  dataset: DatasetRecord,
  query: { sort?: RowSort; filters: readonly RowFilter[]; search?: string },
): RowOrder {
  const table = `temp.${quoteIdent(`_row_order_${++counter}`)}`;
  const where = whereClause(dataset, query.filters, query.search);
  db.exec(`CREATE TABLE ${table} (rid INTEGER NOT NULL)`);
  const info = db
    .prepare(
      `INSERT INTO ${table} (rid) SELECT rowid FROM ${quoteIdent(dataset.tableName)} ` +
        `${where.sql} ${orderBy(dataset, query.sort)}`,
    )
    .run(...where.params);
  return { table, total: info.changes };
}

/** ORDER BY for a sort: empty cells last, text compared folded, ties by row order. */
function orderBy(dataset: DatasetRecord, sort?: RowSort): string {
  if (!sort) return 'ORDER BY rowid';
  const column = quoteIdent(sort.column);
  const type = columnType(dataset, sort.column);
  const key = type === 'text' ? `ficha_fold(${column})` : column;
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  return `ORDER BY (${column} IS NULL OR ${column} = '') ASC, ${key} ${direction}, rowid ASC`;
}

function drop(db: Database.Database, cache: CachedOrder[], entry: CachedOrder): void {
  cache.splice(cache.indexOf(entry), 1);
  if (db.open) db.exec(`DROP TABLE IF EXISTS ${entry.table}`);
}
