import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/** What the browser gets back for an uploaded file. */
export interface UploadedFile {
  /** The reference import requests pass as `file`: `upload:<id>/<name>`. */
  file: string;
  name: string;
  size: number;
}

/** Prefix of upload references in request parameters. */
export const uploadPrefix = 'upload:';

/**
 * Files sent by the browser, kept in a private temporary folder for the
 * life of the host. Requests over HTTP may only read files through these
 * references (or under directories the host was told to allow), so a page
 * cannot make the engine read arbitrary paths on the machine.
 */
export class UploadStore {
  private readonly files = new Map<string, string>();
  private root: string | null = null;

  constructor(private readonly maxBytes: number) {}

  /** Streams a request body to a new file and returns its reference. */
  async receive(request: IncomingMessage, rawName: string): Promise<UploadedFile | 'too-large'> {
    const root = await this.folder();
    const id = randomBytes(12).toString('hex');
    const name = safeName(rawName);
    const dir = path.join(root, id);
    await mkdir(dir);
    const target = path.join(dir, name);

    let size = 0;
    const limit = this.maxBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > limit ? new Error('too-large') : null, chunk);
      },
    });
    try {
      await pipeline(request, counter, createWriteStream(target, { flags: 'wx' }));
    } catch (error) {
      await unlink(target).catch(() => {});
      if (size > limit) return 'too-large';
      throw error;
    }

    const reference = `${uploadPrefix}${id}/${name}`;
    this.files.set(reference, target);
    return { file: reference, name, size };
  }

  /** The path behind a reference, or null when it is not one of ours. */
  resolve(reference: string): string | null {
    return this.files.get(reference) ?? null;
  }

  /** Deletes every uploaded file. */
  async dispose(): Promise<void> {
    if (this.root) await rm(this.root, { recursive: true, force: true });
    this.root = null;
    this.files.clear();
  }

  private async folder(): Promise<string> {
    this.root ??= await mkdtemp(path.join(os.tmpdir(), 'ficha-uploads-'));
    return this.root;
  }
}

/** Keeps a file name readable (accents included) but free of separators. */
export function safeName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const printable = [...base].map((char) => (char.charCodeAt(0) < 32 ? '_' : char)).join('');
  const cleaned = printable
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return cleaned.slice(0, 200) || 'archivo';
}
