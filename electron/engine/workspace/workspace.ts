import type Database from 'better-sqlite3';
import type { Actor } from '../handlers/context';
import type { Logger } from '../logger';
import type { LockHolder } from './lock';

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
  readonly lockHolder: LockHolder | null;
  /**
   * Who took this handle's edit lock over, or null while it still holds it
   * (and always for a handle without a lock). Writes check it first.
   */
  lockTakenBy?(): LockHolder | null;
  readonly schemaVersion: number;
  /** Who opened it; stamped on the audit log of changes made through it. */
  readonly actor: Actor;
  readonly logger: Logger;
  /** Path of the copy kept before a migration on this open, if one ran. */
  readonly backup: string | null;
  /** Closes the connection and releases the edit lock; safe to call twice. */
  close(): void;
}
