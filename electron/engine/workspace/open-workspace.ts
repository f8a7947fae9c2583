import type Database from 'better-sqlite3';
import { FichaError } from '../../../shared/errors';
import { openDatabase } from '../db/open-database';
import type { Migration } from '../db/schema';
import type { Actor } from '../handlers/context';
import { silentLogger } from '../logger';
import type { Logger } from '../logger';
import { defaultActor } from './actor';
import { acquireLock, isStale, readLock } from './lock';
import type { EditLock, LockHolder } from './lock';
import type { Workspace } from './workspace';
import { mergePendingEvents } from '../review/merge-pending';

/** How to open a workspace. */
export interface OpenWorkspaceOptions {
  /** Open for reading only; never takes the lock, reports who holds it. */
  readOnly?: boolean;
  /**
   * What to do when opening for editing and another person holds the lock:
   * 'fail' (the default) throws WORKSPACE_LOCKED, 'readOnly' opens read-only
   * with `lockHolder` set.
   */
  ifLocked?: 'fail' | 'readOnly';
  /** Take the edit lock when opening for editing (default true). */
  lock?: boolean;
  /** Take over a lock left by a process of this host that no longer runs. */
  takeOverStaleLock?: boolean;
  /** Take over any lock: a person confirmed the holder's app is gone. */
  takeOverAnyLock?: boolean;
  actor?: Actor;
  logger?: Logger;
  /** The schema migrations to apply; only tests pass their own. */
  migrations?: readonly Migration[];
}

/**
 * Opens an existing workspace file. Refuses a missing file
 * (WORKSPACE_NOT_FOUND), a file that is not a Ficha workspace
 * (WORKSPACE_NOT_FICHA), a newer schema (WORKSPACE_TOO_NEW), a damaged
 * file (WORKSPACE_CORRUPT), and, for editing, a workspace someone else is
 * editing (WORKSPACE_LOCKED, unless `ifLocked: 'readOnly'`).
 */
export function openWorkspace(file: string, options: OpenWorkspaceOptions = {}): Workspace {
  const actor = options.actor ?? defaultActor();
  const logger = options.logger ?? silentLogger;
  let readOnly = options.readOnly ?? false;
  let lock: EditLock | null = null;
  let lockHolder: LockHolder | null = null;

  // The lock comes first, so that migration and cleanup run only for the editor.
  if (!readOnly && options.lock !== false) {
    const attempt = acquireLock(file, actor, {
      takeOverStale: options.takeOverStaleLock,
      takeOverAny: options.takeOverAnyLock,
    });
    if ('lock' in attempt) {
      lock = attempt.lock;
    } else if (options.ifLocked === 'readOnly') {
      readOnly = true;
      lockHolder = 'heldBy' in attempt ? attempt.heldBy : null;
    } else if ('heldBy' in attempt) {
      throw lockedError(file, attempt.heldBy);
    } else {
      throw new FichaError('WORKSPACE_NOT_WRITABLE', { file });
    }
  } else if (readOnly) {
    const holder = readLock(file);
    lockHolder = holder && !isStale(holder) ? holder : null;
  }

  try {
    const opened = openDatabase(file, { readOnly, logger, migrations: options.migrations });
    logger.info(`[workspace] opened ${readOnly ? 'read-only' : 'for editing'}`, {
      schemaVersion: opened.schemaVersion,
    });
    const workspace = workspaceHandle({
      file,
      ...opened,
      readOnly,
      lock,
      lockHolder,
      actor,
      logger,
    });
    if (!readOnly) mergeWaitingReviews(workspace);
    return workspace;
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** The WORKSPACE_LOCKED error naming who holds the lock and since when. */
export function lockedError(file: string, holder: LockHolder): FichaError {
  const who = holder.email ? `${holder.name} <${holder.email}>` : holder.name;
  const where = holder.host ? ` (${holder.host}, pid ${holder.pid})` : '';
  return new FichaError('WORKSPACE_LOCKED', {
    file,
    holder: `${who}${where}`,
    since: holder.since,
    stale: isStale(holder),
  });
}

/** Builds the handle that closes the connection and releases the lock once. */
export function workspaceHandle(parts: {
  file: string;
  db: Database.Database;
  schemaVersion: number;
  backup: string | null;
  readOnly: boolean;
  lock: EditLock | null;
  lockHolder: LockHolder | null;
  actor: Actor;
  logger: Logger;
}): Workspace {
  let closed = false;
  return {
    path: parts.file,
    db: parts.db,
    readOnly: parts.readOnly,
    lockHolder: parts.lockHolder,
    lockTakenBy: () => parts.lock?.takenBy() ?? null,
    schemaVersion: parts.schemaVersion,
    actor: parts.actor,
    logger: parts.logger,
    backup: parts.backup,
    close() {
      if (closed) return;
      closed = true;
      try {
        parts.db.close();
      } finally {
        parts.lock?.release();
      }
      parts.logger.info('[workspace] closed');
    },
  };
}

/**
 * Brings in the comments and decisions that readers left beside the file
 * while someone else edited it. A failure here must not keep the editor out
 * of the workspace: the events stay beside the file for the next open.
 */
function mergeWaitingReviews(workspace: Workspace): void {
  try {
    mergePendingEvents(workspace);
  } catch (error) {
    workspace.logger.error('[workspace] could not merge waiting review events', error);
  }
}
