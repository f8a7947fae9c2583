import { Worker } from 'node:worker_threads';
import { FichaError, errorData } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/errors';
import type { FichaErrorData, Result } from '../../../shared/result';
import type { Logger } from '../logger';
import type { Engine } from './engine';
import { progressListeners } from './engine';
import type { FromWorker, ToWorker, WorkerLog, WorkerOptions } from './protocol';
import { streamingThreadLimits } from './thread-limits';

/** How to start the engine's worker thread on one workspace. */
export interface EngineClientOptions extends WorkerOptions {
  /** The built worker script (out/main/worker.js or out/node/worker.cjs). */
  workerPath: string;
  logger: Logger;
}

/**
 * Starts the engine in a worker thread and resolves once the workspace is
 * open; rejects with the FichaError the worker reported (missing, locked,
 * too new…) when it cannot open it.
 */
export async function createEngineClient(options: EngineClientOptions): Promise<Engine> {
  const { workerPath, logger, ...workerData } = options;
  const worker = new Worker(workerPath, { workerData, resourceLimits: streamingThreadLimits });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const progress = progressListeners();
  let nextId = 1;
  let exited = false;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if ('ready' in message) resolve();
      else if ('failed' in message) reject(failure(message.failed));
      else if ('log' in message) relay(logger, message.log);
      else if ('jobId' in message) progress.emit(message);
      else if ('id' in message) settle(message.id, message.result);
    });
    worker.on('error', (error) => {
      logger.error('[engine-client] the engine worker crashed', error);
      reject(error);
    });
    worker.on('exit', () => {
      exited = true;
      for (const id of [...pending.keys()])
        settle(id, { ok: false, error: errorData('UNEXPECTED') });
      reject(new Error('The engine worker exited before opening the workspace.'));
    });
  });

  function settle(id: number, result: Result<unknown>) {
    pending.get(id)?.(result);
    pending.delete(id);
  }

  const send = (message: ToWorker) => {
    if (!exited) worker.postMessage(message);
  };

  await ready;
  logger.info('[engine-client] engine worker started');

  return {
    call(name, params) {
      if (exited) return Promise.resolve({ ok: false, error: errorData('UNEXPECTED') });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ id, name, params });
      });
    },
    onProgress: (listener) => progress.add(listener),
    cancel: (jobId) => send({ cancel: jobId }),
    close: () => closeWorker(worker, send, () => exited),
  };
}

async function closeWorker(worker: Worker, send: (m: ToWorker) => void, isExited: () => boolean) {
  if (isExited()) return;
  const closed = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  send({ close: true });

  // A worker stuck in a long synchronous step is stopped after a grace period.
  const timer = setTimeout(() => void worker.terminate(), 5000);
  await closed;
  clearTimeout(timer);
}

function failure(data: FichaErrorData): FichaError {
  return new FichaError(data.code as ErrorCode, data.detail);
}

function relay(logger: Logger, log: WorkerLog) {
  if (log.level === 'error') {
    const error = log.error ? Object.assign(new Error(log.error.message), log.error) : undefined;
    logger.error(log.message, error);
  } else {
    logger[log.level](log.message, log.fields);
  }
}
