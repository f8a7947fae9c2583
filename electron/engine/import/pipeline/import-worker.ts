// The import's second thread: reads the later part of a large text file
// (see read-tail.ts) while the import reads the earlier part. Built as its
// own entry (out/node/import-worker.cjs, out/main/import-worker.js) so that
// it loads the text reader only, not the whole engine.
import { parentPort } from 'node:worker_threads';
import { readTail } from './read-tail';
import type { TailJob } from './read-tail';
import type { FromTailWorker } from './tail-worker';

const port = parentPort;
if (!port) throw new Error('The import worker must run in a worker thread.');

const post = (message: FromTailWorker) => port.postMessage(message);
// The import stops this thread by terminating it; the signal is never fired.
const signal = new AbortController().signal;

// The job comes as the first message: the thread may be started before it is known.
port.once('message', (job: TailJob) => {
  readTail(job, signal, (bytes) => post({ progress: bytes })).then(
    (result) => post({ result }),
    (error: unknown) => post({ failed: error instanceof Error ? error.message : String(error) }),
  );
});
