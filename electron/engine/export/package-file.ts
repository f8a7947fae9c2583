import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { TextSink } from './csv-writer';
import type { ZipEntry } from './package-zip';

/** A written file of the package: its name in the package, size and SHA-256. */
export interface WrittenFile {
  name: string;
  bytes: number;
  sha256: string;
}

/**
 * One file of the package being written: bytes go to disk, into a SHA-256
 * and, when the package is zipped, into the zip entry's stream at once, so
 * the data is compressed while it is still being read from SQLite.
 */
export class PackageFile implements TextSink {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(
    readonly name: string,
    file: string,
    private readonly entry: ZipEntry | null,
  ) {
    this.fd = openSync(file, 'wx');
  }

  /** Appends text (UTF-8) or bytes. */
  async write(chunk: string | Buffer): Promise<void> {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.hash.update(buffer);
    this.bytes += buffer.length;
    writeSync(this.fd, buffer);
    await this.entry?.write(buffer);
  }

  /** Closes the file and the entry and returns what was written. */
  close(): WrittenFile {
    closeSync(this.fd);
    this.entry?.end();
    return { name: this.name, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Closes the file descriptor after a failure; the folder and zip are removed anyway. */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed: nothing more to release.
    }
  }
}

/** Writes a whole small file at once and returns its record. */
export async function writeWholeFile(
  name: string,
  file: string,
  content: string | Buffer,
  entry: ZipEntry | null,
): Promise<WrittenFile> {
  const target = new PackageFile(name, file, entry);
  try {
    await target.write(content);
    return target.close();
  } catch (error) {
    target.abandon();
    throw error;
  }
}
