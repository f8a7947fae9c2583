import type Database from 'better-sqlite3';

/**
 * An open workspace file: one SQLite connection and how it was opened.
 * Domain modules (datasets, tables, recipes, metadata…) are functions that
 * take a Workspace; none of them holds a connection of its own.
 */
export interface Workspace {
  readonly path: string;
  /** The one connection to the file; only engine modules touch it. */
  readonly db: Database.Database;
  readonly readOnly: boolean;
  /** Who holds the edit lock, when this handle is read-only because of it. */
  readonly lockHolder: { name: string; since: string } | null;
  readonly schemaVersion: number;
  close(): void;
}
