import type Database from 'better-sqlite3';

/**
 * Runs `fn` inside one immediate transaction and returns its result. The
 * function must be synchronous: an `await` inside a transaction would let
 * other work interleave with it. Nested calls become savepoints.
 */
export function transaction<T>(db: Database.Database, fn: () => T): T {
  const run = db.transaction(fn);
  return run.immediate();
}
