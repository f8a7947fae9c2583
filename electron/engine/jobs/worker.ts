// The engine's thread: opens one workspace and answers requests posted by
// the desktop app or the web host, so long work never blocks their loop.
import { parentPort, workerData } from 'node:worker_threads';
import { errorData, isFichaError } from '../../../shared/errors';
import type { Logger } from '../logger';
import { openWorkspace } from '../workspace/open-workspace';
import { takeOverWorkspace } from '../workspace/take-over';
import type { WorkspaceSlot } from '../workspace/take-over';
import type { FromWorker, ToWorker, WorkerLog, WorkerOptions } from './protocol';
import { cancelJob } from './registry';
import { runRequest } from './run-request';

const port = parentPort;
if (!port) throw new Error('The engine worker must run in a worker thread.');

const options = workerData as WorkerOptions;
const post = (message: FromWorker) => port.postMessage(message);
const logger = forwardingLogger(post);
// A slot, not a constant: taking the edit lock over swaps the handle.
const slot = open();

port.on('message', (message: ToWorker) => {
  if (!slot) return;
  if ('cancel' in message) {
    cancelJob(message.cancel);
  } else if ('close' in message) {
    slot.workspace.close();
    post({ closed: true });
    port.close();
  } else {
    void answer(slot, message);
  }
});

function open(): WorkspaceSlot | null {
  try {
    const opened = openWorkspace(options.workspacePath, {
      readOnly: options.readOnly,
      actor: options.actor,
      ifLocked: options.ifLocked,
      logger,
    });
    post({ ready: true });
    return { workspace: opened };
  } catch (error) {
    if (!isFichaError(error)) logger.error('[worker] could not open the workspace', error);
    post({ failed: isFichaError(error) ? error.data : errorData('UNEXPECTED') });
    return null;
  }
}

async function answer(open: WorkspaceSlot, message: { id: number; name: string; params: unknown }) {
  const { actor } = options;
  const result = await runRequest(message.name, message.params, {
    workspace: open.workspace,
    actor,
    logger,
    readOnly: options.readOnly,
    emit: (event) => post(event),
    // A face opened read-only on purpose (ficha serve --read-only) may not take the lock.
    takeOver: options.readOnly
      ? undefined
      : (expectedSince) => takeOverWorkspace(open, { actor, logger, expectedSince }),
  });
  post({ id: message.id, result });
}

function forwardingLogger(send: (message: FromWorker) => void): Logger {
  const line = (log: WorkerLog) => send({ log });
  return {
    info: (message, fields) => line({ level: 'info', message, fields }),
    warn: (message, fields) => line({ level: 'warn', message, fields }),
    error: (message, error) => line({ level: 'error', message, error: serialize(error) }),
  };
}

function serialize(error: unknown): WorkerLog['error'] {
  if (error === undefined) return undefined;
  if (error instanceof Error)
    return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}
