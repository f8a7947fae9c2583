import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import { exportWorkerPath } from './export-worker-path';
import type { ExportWorkerData } from './export-worker';
import type { WrittenFile } from './package-file';
import { ZipSession } from './zip-session';
import type { FromZip, ToZip } from './zip-session';

/** Bytes posted to the zip and not yet taken by its deflate, before writes wait. */
const IN_FLIGHT_LIMIT = 16 << 20;

/** One entry of the zip, fed as its file is written. */
export interface ZipEntry {
  write(chunk: Buffer): Promise<void>;
  end(): void;
}

/** How a package zip is written. */
export interface PackageZipOptions {
  logger?: Logger;
  /** zip's own default is 6. */
  compressionLevel?: number;
  /** The built zip worker; null writes in this thread. Found beside the code by default. */
  workerScript?: string | null;
}

/**
 * The package's zip, written in a worker thread of its own when the built
 * worker is found (deflate then runs beside the CSV), or in this thread
 * otherwise; both run the same ZipSession, so the bytes are the same.
 */
export class PackageZip {
  /** Whether the zip is written in a worker thread. */
  readonly threaded: boolean;
  private readonly send: (message: ToZip) => void;
  private readonly worker: Worker | null = null;
  private inFlight = 0;
  private exited = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private settle: ((message: FromZip) => void) | null = null;

  constructor(
    readonly file: string,
    mtime: Date,
    options: PackageZipOptions = {},
  ) {
    const session = {
      file,
      mtime: mtime.getTime(),
      compressionLevel: options.compressionLevel ?? 6,
    };
    const script = options.workerScript === undefined ? exportWorkerPath() : options.workerScript;
    this.threaded = script !== null;
    if (script) {
      const workerData: ExportWorkerData = { role: 'zip', zip: session };
      const worker = new Worker(script, { workerData });
      worker.on('message', (message: FromZip) => this.receive(message));
      worker.on('error', (error) => this.receive({ failed: error.message }));
      worker.on('exit', () => {
        this.exited = true;
        this.receive({ failed: 'the zip worker stopped' });
      });
      this.worker = worker;
      this.send = (message) => worker.postMessage(message);
    } else {
      options.logger?.info('[export] zip worker not built; the zip is written in this thread');
      const local = new ZipSession(session, (message) =>
        queueMicrotask(() => this.receive(message)),
      );
      this.send = (message) => local.handle(message);
    }
  }

  /** Adds an entry fed by the returned sink (for files written as they are made). */
  entry(name: string): ZipEntry {
    this.send({ entry: name });
    return {
      write: (chunk) => this.write(chunk),
      end: () => this.send({ endEntry: true }),
    };
  }

  /** Adds an entry whose bytes are known. */
  addBuffer(name: string, content: Buffer): void {
    this.send({ buffer: name, bytes: content });
  }

  /** Ends the zip and waits until the file is on disk. */
  async finish(name: string): Promise<WrittenFile> {
    const answer = await this.ask({ finish: true });
    await this.worker?.terminate();
    if ('finished' in answer) return { name, ...answer.finished };
    throw this.failure ?? new Error('the zip was not finished');
  }

  /** Stops writing after a failure and closes the file; the caller removes it. */
  async abandon(): Promise<void> {
    if (!this.exited) {
      const answer = new Promise<FromZip>((resolve) => (this.settle = resolve));
      this.send({ abandon: true });
      await answer;
    }
    await this.worker?.terminate();
  }

  private async write(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.inFlight += chunk.length;
    this.send({ chunk });
    while (this.inFlight > IN_FLIGHT_LIMIT && !this.failure) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) throw this.failure;
  }

  private ask(message: ToZip): Promise<FromZip> {
    if (this.failure) return Promise.resolve({ failed: this.failure.message });
    const answer = new Promise<FromZip>((resolve) => (this.settle = resolve));
    this.send(message);
    return answer;
  }

  private receive(message: FromZip): void {
    if ('consumed' in message) {
      this.inFlight -= message.consumed;
      if (this.inFlight <= IN_FLIGHT_LIMIT) this.wakeWriter();
      return;
    }
    if ('failed' in message && !this.failure) this.failure = new Error(message.failed);
    this.wakeWriter();
    this.settle?.(message);
    this.settle = null;
  }

  private wakeWriter(): void {
    this.wake?.();
    this.wake = null;
  }
}

/**
 * The zip date of a package: its last change, with local fields set to the
 * UTC ones, because zip's DOS time is local and the bytes must not depend
 * on the machine's time zone.
 */
export function zipDate(iso: string): Date {
  const utc = new Date(iso);
  const valid = Number.isNaN(utc.getTime()) ? new Date('2000-01-01T00:00:00Z') : utc;
  return new Date(
    valid.getUTCFullYear(),
    valid.getUTCMonth(),
    valid.getUTCDate(),
    valid.getUTCHours(),
    valid.getUTCMinutes(),
    valid.getUTCSeconds(),
  );
}
