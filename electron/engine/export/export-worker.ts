// The export's helper thread: writes the package zip, reads every other
// page of the CSV, or measures the table facts, as workerData.role says, so
// an export uses more than one core (deflate beside the CSV, two or three
// connections reading the table).
import { parentPort, workerData } from 'node:worker_threads';
import type { CsvHelperData } from './csv-helper-thread';
import { runCsvHelper } from './csv-helper-thread';
import type { FactsHelperData } from './facts-thread';
import { runFactsHelper } from './facts-thread';
import type { ToZip, ZipSessionOptions } from './zip-session';
import { ZipSession } from './zip-session';

/** What the export worker is started with. */
export type ExportWorkerData =
  | { role: 'zip'; zip: ZipSessionOptions }
  | { role: 'csv'; csv: CsvHelperData }
  | { role: 'facts'; facts: FactsHelperData };

const port = parentPort;
if (!port) throw new Error('The export worker must run in a worker thread.');

const data = workerData as ExportWorkerData;
if (data.role === 'zip') {
  const session = new ZipSession(data.zip, (message) => port.postMessage(message));
  port.on('message', (message: ToZip) => session.handle(message));
} else if (data.role === 'facts') {
  runFactsHelper(data.facts, port);
} else {
  runCsvHelper(data.csv, port);
  // Stay until the writer ends the thread, so no posted page races the exit.
  port.on('message', () => undefined);
}
