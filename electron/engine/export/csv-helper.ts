import { Worker } from 'node:worker_threads';
import type { CsvPage, CsvTable } from './csv-pages';
import type { FromCsvHelper } from './csv-helper-thread';
import type { ExportWorkerData } from './export-worker';

/**
 * The writer's side of the CSV helper thread: the odd pages in order, as
 * the helper reads them on its own connection while the writer reads the
 * even ones.
 */
export class CsvHelper {
  private readonly worker: Worker;
  private readonly control = new Int32Array(new SharedArrayBuffer(8));
  private readonly arrived: FromCsvHelper[] = [];
  private waiting: (() => void) | null = null;

  constructor(script: string, file: string, source: CsvTable, pageRows: number) {
    const workerData: ExportWorkerData = {
      role: 'csv',
      csv: { file, source, pageRows, control: this.control.buffer as SharedArrayBuffer },
    };
    this.worker = new Worker(script, { workerData });
    this.worker.on('message', (message: FromCsvHelper) => this.push(message));
    this.worker.on('error', (error) => this.push({ failed: error.message }));
    this.worker.on('exit', () => this.push({ failed: 'the CSV helper stopped' }));
  }

  /** The helper's next page, or null when it has no more rows. */
  async next(): Promise<CsvPage | null> {
    while (this.arrived.length === 0)
      await new Promise<void>((resolve) => (this.waiting = resolve));
    const message = this.arrived[0];
    if ('failed' in message) throw new Error(message.failed);
    this.arrived.shift();
    if ('done' in message) return null;

    // Structured clone hands Uint8Arrays over; the sinks take Buffers.
    const { chunks, rows, last } = message.page;
    Atomics.add(this.control, 0, 1);
    Atomics.notify(this.control, 0);
    return {
      chunks: chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)),
      rows,
      last,
    };
  }

  /** Tells the helper to stop and waits until its thread is gone. */
  async stop(): Promise<void> {
    Atomics.store(this.control, 1, 1);
    Atomics.add(this.control, 0, 1);
    Atomics.notify(this.control, 0);
    await this.worker.terminate();
  }

  private push(message: FromCsvHelper): void {
    this.arrived.push(message);
    this.waiting?.();
    this.waiting = null;
  }
}
