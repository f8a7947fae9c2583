// The engine's thread: opens one workspace and answers requests posted by
// the desktop app or the web host, so long work never blocks their loop.
import { parentPort, workerData } from 'node:worker_threads';
import { errorData, isFichaError } from '../../../shared/errors';
import type { Logger } from '../logger';
import { openWorkspace } from '../workspace/open-workspace';
import type { Workspace } from '../workspace/workspace';
import type { FromWorker, ToWorker, WorkerLog, WorkerOptions } from './protocol';
import { cancelJob } from './registry';
import { runRequest } from './run-request';

const port = parentPort;
if (!port) throw new Error('The engine worker must run in a worker thread.');

const options = workerData as WorkerOptions;
const post = (message: FromWorker) => port.postMessage(message);
const logger = forwardingLogger(post);
const workspace = open();

port.on('message', (message: ToWorker) => {
  if (!workspace) return;
  if ('cancel' in message) {
    cancelJob(message.cancel);
  } else if ('close' in message) {
    workspace.close();
    post({ closed: true });
    port.close();
  } else {
    void answer(workspace, message);
  }
});

function open(): Workspace | null {
  try {
    const opened = openWorkspace(options.workspacePath, {
      readOnly: options.readOnly,
      actor: options.actor,
      ifLocked: options.ifLocked,
      logger,
    });
    post({ ready: true });
    return opened;
  } catch (error) {
    if (!isFichaError(error)) logger.error('[worker] could not open the workspace', error);
    post({ failed: isFichaError(error) ? error.data : errorData('UNEXPECTED') });
    return null;
  }
}

async function answer(open: Workspace, message: { id: number; name: string; params: unknown }) {
  const result = await runRequest(message.name, message.params, {
    workspace: open,
    actor: options.actor,
    logger,
    readOnly: options.readOnly,
    emit: (event) => post(event),
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
