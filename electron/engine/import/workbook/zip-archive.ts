import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { FichaError } from '../../../../shared/errors';
import { formatBytes, type WorkbookLimits } from './limits';

/** One file inside a zip, as its central directory declares it. */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * A zip container (XLSX, XLSM, ODS) opened for random access: the central
 * directory is read once, and each entry is inflated as a stream on demand.
 * Declared sizes are checked against the limits before anything is
 * inflated, and yauzl checks the inflated bytes against the declared sizes,
 * so a forged directory cannot smuggle a bomb past the check.
 */
export class ZipArchive {
  private constructor(
    readonly file: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: WorkbookLimits,
  ) {}

  /** Opens a zip and checks its directory; ZIP_BOMB or WORKBOOK_CORRUPT when it cannot be trusted. */
  static async open(file: string, limits: WorkbookLimits): Promise<ZipArchive> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, opened) => {
        if (error || !opened) reject(corrupt(file, error));
        else resolve(opened);
      });
    });

    const entries = new Map<string, yauzl.Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: yauzl.Entry) => {
          entries.set(entry.fileName.replace(/\\/g, '/').replace(/^\//, ''), entry);
          if (entries.size > limits.maxEntries) {
            reject(new FichaError('ZIP_BOMB', { file, reason: `${entries.size}+ entries` }));
            return;
          }
          zip.readEntry();
        });
        zip.on('end', () => resolve());
        zip.on('error', (error: Error) => reject(corrupt(file, error)));
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      throw error;
    }

    const archive = new ZipArchive(file, zip, entries, limits);
    try {
      archive.checkSizes();
    } catch (error) {
      zip.close();
      throw error;
    }
    return archive;
  }

  /** Names of all entries. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's declared sizes, or null when absent (names compared case-insensitively). */
  info(name: string): ZipEntryInfo | null {
    const entry = this.find(name);
    if (!entry) return null;
    return {
      name: entry.fileName,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
    };
  }

  /** True when the archive holds the entry. */
  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** Inflates an entry as a byte stream. */
  async stream(name: string): Promise<Readable> {
    const entry = this.find(name);
    if (!entry)
      throw new FichaError('WORKBOOK_CORRUPT', { file: this.file, reason: `missing ${name}` });
    if (entry.isEncrypted()) throw new FichaError('WORKBOOK_ENCRYPTED', { file: this.file });
    return new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) reject(corrupt(this.file, error));
        else resolve(stream);
      });
    });
  }

  /**
   * Yields an entry's inflated bytes. Inflate errors become WORKBOOK_CORRUPT,
   * or ZIP_BOMB when the entry inflates past its declared size.
   */
  async *bytes(name: string, signal?: AbortSignal): AsyncGenerator<Buffer> {
    const stream = await this.stream(name);
    try {
      for await (const chunk of stream) {
        if (signal?.aborted) throw new FichaError('CANCELLED', { file: this.file });
        yield chunk as Buffer;
      }
    } catch (error) {
      if (error instanceof FichaError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (/too many bytes/.test(message)) {
        throw new FichaError('ZIP_BOMB', {
          file: this.file,
          reason: `${name} is larger than declared`,
        });
      }
      const reason = `${name}: ${message.replace(/[.\s]+$/, '')}`;
      throw new FichaError('WORKBOOK_CORRUPT', { file: this.file, reason });
    } finally {
      stream.destroy();
    }
  }

  /** Yields an entry's text in chunks, UTF-8 decoded safely across chunk boundaries. */
  async *text(name: string, signal?: AbortSignal): AsyncGenerator<string> {
    const decoder = new StringDecoder('utf8');
    for await (const chunk of this.bytes(name, signal)) yield decoder.write(chunk);
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /** Reads a small entry whole; refuses entries larger than `maxBytes`. */
  async readText(name: string, maxBytes = 64 * 1024 ** 2): Promise<string> {
    const info = this.info(name);
    if (info && info.uncompressedSize > maxBytes) {
      throw new FichaError('ZIP_BOMB', {
        file: this.file,
        reason: `${name} is ${formatBytes(info.uncompressedSize)}`,
      });
    }
    let text = '';
    for await (const chunk of this.text(name)) text += chunk;
    return text;
  }

  /** Closes the file. */
  close(): void {
    this.zip.close();
  }

  private find(name: string): yauzl.Entry | undefined {
    const exact = this.entries.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [key, entry] of this.entries) if (key.toLowerCase() === lower) return entry;
    return undefined;
  }

  private checkSizes(): void {
    let total = 0;
    for (const entry of this.entries.values()) {
      const size = entry.uncompressedSize;
      total += size;
      const ratio = size / Math.max(1, entry.compressedSize);
      if (size > this.limits.maxEntryBytes && ratio > this.limits.maxRatio) {
        const reason = `${entry.fileName}: ${formatBytes(size)}, ${Math.round(ratio)}:1`;
        throw new FichaError('ZIP_BOMB', { file: this.file, reason });
      }
    }
    if (total > this.limits.maxTotalBytes) {
      throw new FichaError('ZIP_BOMB', {
        file: this.file,
        reason: `${formatBytes(total)} in total`,
      });
    }
  }
}

function corrupt(file: string, error: unknown): FichaError {
  const message = error instanceof Error ? error.message : '';
  // yauzl's wording for a file cut short is long; the catalog adds the advice.
  const reason = /end of central directory/i.test(message)
    ? 'the zip directory at its end is missing (the file is cut short or not a zip)'
    : message.replace(/[.\s]+$/, '') || 'unreadable zip';
  return new FichaError('WORKBOOK_CORRUPT', { file, reason });
}
