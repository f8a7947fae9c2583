import { createReadStream } from 'node:fs';
import { FichaError } from '../../../../shared/errors';
import type { Progress } from '../../../../shared/import';

/**
 * Streams the original file's bytes to `add` (the dataset writer keeps
 * and hashes them for provenance and replay), from byte `start` on.
 * Checks the signal between chunks.
 */
export async function storeSource(
  file: string,
  add: (bytes: Uint8Array) => void,
  signal: AbortSignal,
  progress?: (progress: Progress) => void,
  start = 0,
): Promise<void> {
  let size = start;
  const stream = createReadStream(file, { start, highWaterMark: 4 * 1024 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal.aborted) throw new FichaError('CANCELLED');
      add(chunk);
      size += chunk.length;
      progress?.({ phase: 'source', done: size, total: null, unit: 'bytes' });
    }
  } finally {
    stream.destroy();
  }
}
