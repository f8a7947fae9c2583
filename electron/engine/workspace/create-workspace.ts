import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { FichaError } from '../../../shared/errors';
import { openDatabase } from '../db/open-database';
import type { Actor } from '../handlers/context';
import { silentLogger } from '../logger';
import type { Logger } from '../logger';
import { defaultActor } from './actor';
import { recordAudit } from './audit';
import { acquireLock, isPermissionError } from './lock';
import { lockedError, workspaceHandle } from './open-workspace';
import { writeSetting } from './settings';
import type { Workspace } from './workspace';

/**
 * Creates a new workspace file at `file` and returns it open for editing,
 * with the edit lock held. Refuses to touch an existing file
 * (WORKSPACE_EXISTS) or a folder that does not exist (FILE_NOT_FOUND).
 */
export function createWorkspace(
  file: string,
  options: { actor?: Actor; logger?: Logger } = {},
): Workspace {
  const actor = options.actor ?? defaultActor();
  const logger = options.logger ?? silentLogger;
  if (!existsSync(dirname(file))) throw new FichaError('FILE_NOT_FOUND', { file: dirname(file) });

  // Creating the empty file exclusively wins any race with another creator.
  try {
    closeSync(openSync(file, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new FichaError('WORKSPACE_EXISTS', { file });
    }
    if (isPermissionError(error)) throw new FichaError('WORKSPACE_NOT_WRITABLE', { file });
    throw error;
  }

  const attempt = acquireLock(file, actor);
  if (!('lock' in attempt)) {
    rmSync(file, { force: true });
    if ('heldBy' in attempt) throw lockedError(file, attempt.heldBy);
    throw new FichaError('WORKSPACE_NOT_WRITABLE', { file });
  }
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(file, { readOnly: false, create: true, logger });
  } catch (error) {
    // Nothing of a half-created workspace is left behind.
    attempt.lock.release();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    throw error;
  }
  const workspace = workspaceHandle({
    file,
    ...opened,
    readOnly: false,
    lock: attempt.lock,
    lockHolder: null,
    actor,
    logger,
  });

  const now = new Date().toISOString();
  workspace.db.transaction(() => {
    writeSetting(workspace, 'created_at', now);
    writeSetting(workspace, 'created_by', { name: actor.name, email: actor.email });
    recordAudit(workspace, { action: 'workspace.create' });
  })();
  logger.info('[workspace] created a new workspace', { schemaVersion: opened.schemaVersion });
  return workspace;
}
