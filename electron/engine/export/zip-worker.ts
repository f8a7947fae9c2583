// The package zip's thread: deflates and writes the zip from the pages the
// export posts, so compression runs beside the CSV instead of after it.
import { parentPort, workerData } from 'node:worker_threads';
import type { ToZip, ZipSessionOptions } from './zip-session';
import { ZipSession } from './zip-session';

const port = parentPort;
if (!port) throw new Error('The zip worker must run in a worker thread.');

const session = new ZipSession(workerData as ZipSessionOptions, (message) =>
  port.postMessage(message),
);
port.on('message', (message: ToZip) => session.handle(message));
