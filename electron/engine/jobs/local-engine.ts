import type { Actor } from '../handlers/context';
import type { Logger } from '../logger';
import { takeOverWorkspace } from '../workspace/take-over';
import type { Workspace } from '../workspace/workspace';
import type { Engine } from './engine';
import { progressListeners } from './engine';
import { cancelJob } from './registry';
import { runRequest } from './run-request';

/**
 * The engine in the calling thread, on a workspace the caller opened. Long
 * work still yields between batches, so cancel and progress get through,
 * but the caller's event loop is shared with it: faces that must stay
 * responsive use the worker client instead. The engine owns the workspace
 * from here on: a take-over replaces it, and close() closes the current one.
 */
export function createLocalEngine(options: {
  workspace: Workspace;
  actor: Actor;
  logger: Logger;
  readOnly: boolean;
}): Engine {
  const progress = progressListeners();
  const slot = { workspace: options.workspace };
  const { actor, logger, readOnly } = options;
  return {
    call: (name, params) =>
      runRequest(name, params, {
        workspace: slot.workspace,
        actor,
        logger,
        readOnly,
        emit: progress.emit,
        takeOver: readOnly
          ? undefined
          : (expectedSince) => takeOverWorkspace(slot, { actor, logger, expectedSince }),
      }),
    onProgress: (listener) => progress.add(listener),
    cancel: (jobId) => void cancelJob(jobId),
    close: async () => slot.workspace.close(),
  };
}
