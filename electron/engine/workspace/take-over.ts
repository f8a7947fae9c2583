import { FichaError } from '../../../shared/errors';
import type { Actor } from '../handlers/context';
import type { Logger } from '../logger';
import { holderLabel, readLock } from './lock';
import { openWorkspace } from './open-workspace';
import type { Workspace } from './workspace';

/** What a take-over needs besides the read-only handle it replaces. */
export interface TakeOverOptions {
  actor: Actor;
  logger: Logger;
  /**
   * The `since` of the lock the person was warned about. When the lock now
   * on disk is another one (someone else took it meanwhile), the take-over
   * is refused so that the person is warned about the new holder first.
   */
  expectedSince?: string;
}

/** Where a face keeps its open workspace, so a take-over can swap the handle. */
export interface WorkspaceSlot {
  workspace: Workspace;
}

/**
 * Turns a read-only handle, opened because someone else held the edit lock
 * (or an editing one whose lock someone else took over), into an editing one: the lock is taken over whoever holds it, then the
 * workspace is opened again for editing (which merges the comments readers
 * left beside it). The slot's old handle is closed; when the take-over
 * fails, a read-only handle is put back before the error is thrown, so the
 * face always has a workspace to answer with.
 */
export function takeOverWorkspace(slot: WorkspaceSlot, options: TakeOverOptions): Workspace {
  const current = slot.workspace;
  if (!current.readOnly && !current.lockTakenBy?.()) return current;

  const holder = readLock(current.path);
  if (holder && options.expectedSince && holder.since !== options.expectedSince) {
    throw new FichaError('LOCK_HOLDER_CHANGED', {
      holder: holderLabel(holder),
      since: holder.since,
    });
  }

  // One connection per file at a time: the read-only one goes before the editing one opens.
  const file = current.path;
  const { actor, logger } = options;
  current.close();
  try {
    slot.workspace = openWorkspace(file, { takeOverAnyLock: true, actor, logger });
  } catch (error) {
    logger.warn('[workspace] could not take over the edit lock', { error: String(error) });
    slot.workspace = openWorkspace(file, { ifLocked: 'readOnly', actor, logger });
    throw error;
  }

  logger.info('[workspace] took over the edit lock', { hadHolder: holder !== null });
  return slot.workspace;
}
