import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { WrittenFile } from './package-file';

/**
 * The package's zip, written so that two exports of the same state give
 * the same bytes: every entry carries the package's fixed date and mode,
 * entries go in a fixed order, and nothing else varies.
 */
export class PackageZip {
  private readonly zip = new ZipFile();
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private readonly done: Promise<void>;
  private readonly output: WriteStream;

  constructor(
    readonly file: string,
    private readonly mtime: Date,
    private readonly compressionLevel = 6,
  ) {
    const output = createWriteStream(file, { flags: 'wx' });
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
  }

  /** Adds an entry fed by the returned stream (for files written as they are made). */
  entry(name: string): PassThrough {
    const stream = new PassThrough({ highWaterMark: 4 << 20 });
    this.zip.addReadStream(stream, name, this.options());
    return stream;
  }

  /** Adds an entry whose bytes are known. */
  addBuffer(name: string, content: Buffer): void {
    this.zip.addBuffer(content, name, this.options());
  }

  /** Ends the zip and waits until the file is on disk. */
  async finish(name: string): Promise<WrittenFile> {
    this.zip.end();
    await this.done;
    return { name, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Stops writing after a failure; the caller removes the file. */
  async abandon(): Promise<void> {
    this.zip.outputStream.unpipe();
    (this.zip.outputStream as unknown as Readable).destroy();
    this.output.destroy();
    await this.done.catch(() => undefined);
  }

  private options() {
    // DOS time only: the extended timestamp is UTC seconds, which would move
    // with the time zone once the local fields are pinned (see zipDate).
    return {
      mtime: this.mtime,
      mode: 0o100644,
      compressionLevel: this.compressionLevel,
      forceDosTimestamp: true,
    };
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
