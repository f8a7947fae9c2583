import type { Actor } from '../handlers/context';
import type { Logger } from '../logger';
import type { Workspace } from '../workspace/workspace';
import type { Engine } from './engine';
import { progressListeners } from './engine';
import { cancelJob } from './registry';
import { runRequest } from './run-request';

/**
 * The engine in the calling thread, on a workspace the caller opened. Long
 * work still yields between batches, so cancel and progress get through,
 * but the caller's event loop is shared with it: faces that must stay
 * responsive use the worker client instead.
 */
export function createLocalEngine(options: {
  workspace: Workspace;
  actor: Actor;
  logger: Logger;
  readOnly: boolean;
}): Engine {
  const progress = progressListeners();
  return {
    call: (name, params) =>
      runRequest(name, params, {
        workspace: options.workspace,
        actor: options.actor,
        logger: options.logger,
        readOnly: options.readOnly,
        emit: progress.emit,
      }),
    onProgress: (listener) => progress.add(listener),
    cancel: (jobId) => void cancelJob(jobId),
    close: async () => options.workspace.close(),
  };
}
