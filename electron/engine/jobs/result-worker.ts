import type { Worker } from 'node:worker_threads';

/** A worker thread that answers once. */
export interface ResultWorker<T> {
  /** Its answer, or null when it failed or stopped without one. */
  done: Promise<T | null>;
  /** Stops the thread if it has not answered yet. */
  stop(): Promise<void>;
}

/**
 * Follows a worker thread that posts any number of passing messages and
 * then one answer: `read` handles each message and returns `{ answer }` for
 * the last one, or undefined for the others (progress). A crash or an exit
 * before the answer reads as null, so the caller does the work itself.
 */
export function followResultWorker<M, T>(
  worker: Worker,
  read: (message: M) => { answer: T | null } | undefined,
): ResultWorker<T> {
  let finished = false;
  const done = new Promise<T | null>((resolve) => {
    worker.on('message', (message: M) => {
      const last = read(message);
      if (!last) return;
      finished = true;
      resolve(last.answer);
      void worker.terminate();
    });
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });

  return {
    done,
    async stop() {
      if (!finished) await worker.terminate();
    },
  };
}
