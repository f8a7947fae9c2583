import type Database from 'better-sqlite3';
import type { DatasetRecord } from '../datasets/catalog';

const caches = new WeakMap<Database.Database, Map<string, { revision: number; value: unknown }>>();

/**
 * Computes a value about a dataset's table once per table revision: every
 * change to the table bumps its revision (touchDataset), so a cached value
 * is never stale. Kept per connection, dropped with it; what should outlive
 * the process is also stored in the workspace (fact-cache.ts).
 */
export function perRevision<T>(
  db: Database.Database,
  record: DatasetRecord,
  kind: string,
  compute: () => T,
): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${kind}:${record.id}`;
  const hit = cache.get(key);
  if (hit && hit.revision === record.revision) return hit.value as T;
  const value = compute();
  cache.set(key, { revision: record.revision, value });
  return value;
}

/** The value perRevision holds for the record's current revision on this connection, if any. */
export function cachedPerRevision<T>(
  db: Database.Database,
  record: DatasetRecord,
  kind: string,
): T | undefined {
  const hit = caches.get(db)?.get(`${kind}:${record.id}`);
  return hit && hit.revision === record.revision ? (hit.value as T) : undefined;
}

/** Whether a value of this kind is kept in memory for the record's current revision. */
export function hasPerRevision(
  db: Database.Database,
  record: DatasetRecord,
  kind: string,
): boolean {
  return caches.get(db)?.get(`${kind}:${record.id}`)?.revision === record.revision;
}
