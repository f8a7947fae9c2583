import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** The zip file a session writes, and the fixed fields of every entry. */
export interface ZipSessionOptions {
  file: string;
  /** The entries' date, in milliseconds (see zipDate). */
  mtime: number;
  compressionLevel: number;
}

/** What the exporting thread asks of the zip's thread. */
export type ToZip =
  | { entry: string }
  | { chunk: Uint8Array }
  | { endEntry: true }
  | { buffer: string; bytes: Uint8Array }
  | { finish: true }
  | { abandon: true };

/** What the zip's thread answers. */
export type FromZip =
  | { consumed: number }
  | { finished: { bytes: number; sha256: string } }
  | { abandoned: true }
  | { failed: string };

/**
 * Writes the package's zip from messages, in whichever thread runs it:
 * entries in the order they are opened, each streamed through yazl's
 * deflate, the output counted and hashed. Every entry carries the same date
 * and mode, so two exports of the same state give the same bytes.
 */
export class ZipSession {
  private readonly zip = new ZipFile();
  private readonly hash = createHash('sha256');
  private readonly output;
  private readonly done: Promise<void>;
  private bytes = 0;
  private entry: PassThrough | null = null;
  private failed = false;

  constructor(
    private readonly options: ZipSessionOptions,
    private readonly post: (message: FromZip) => void,
  ) {
    const output = createWriteStream(options.file, { flags: 'wx' });
    this.output = output;
    // A failed entry stream surfaces through the output stream's end; an
    // unheard 'error' event would otherwise end the process.
    this.zip.on('error', (error: Error) => output.destroy(error));
    this.zip.outputStream.on('data', (chunk: Buffer) => {
      this.hash.update(chunk);
      this.bytes += chunk.length;
    });
    this.zip.outputStream.pipe(output);
    this.done = finished(output);
    this.done.catch((error: Error) => this.fail(error));
  }

  /** Acts on one message from the exporting thread. */
  handle(message: ToZip): void {
    if ('abandon' in message) void this.abandon();
    else if (this.failed) return;
    else if ('entry' in message) this.openEntry(message.entry);
    else if ('chunk' in message) this.writeChunk(message.chunk);
    else if ('endEntry' in message) this.endEntry();
    else if ('buffer' in message)
      this.zip.addBuffer(Buffer.from(message.bytes), message.buffer, this.entryOptions());
    else void this.finish();
  }

  private openEntry(name: string): void {
    this.entry = new PassThrough({ highWaterMark: 4 << 20 });
    this.zip.addReadStream(this.entry, name, this.entryOptions());
  }

  private writeChunk(chunk: Uint8Array): void {
    // The write callback waits while the entry's buffer is full, so the
    // exporting thread hears "consumed" only as fast as deflate keeps up.
    const bytes = chunk.byteLength;
    this.entry?.write(Buffer.from(chunk.buffer, chunk.byteOffset, bytes), () =>
      this.post({ consumed: bytes }),
    );
  }

  private endEntry(): void {
    this.entry?.end();
    this.entry = null;
  }

  private async finish(): Promise<void> {
    this.zip.end();
    try {
      await this.done;
    } catch {
      return;
    }
    this.post({ finished: { bytes: this.bytes, sha256: this.hash.digest('hex') } });
  }

  private async abandon(): Promise<void> {
    this.failed = true;
    this.entry?.destroy();
    this.zip.outputStream.unpipe();
    (this.zip.outputStream as unknown as Readable).destroy();
    this.output.destroy();
    await this.done.catch(() => undefined);
    this.post({ abandoned: true });
  }

  private fail(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.post({ failed: error.message });
  }

  private entryOptions() {
    // DOS time only: the extended timestamp is UTC seconds, which would move
    // with the time zone once the local fields are pinned (see zipDate).
    return {
      mtime: new Date(this.options.mtime),
      mode: 0o100644,
      compressionLevel: this.options.compressionLevel,
      forceDosTimestamp: true,
    };
  }
}
