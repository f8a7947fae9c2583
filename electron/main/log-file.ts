import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../engine/logger';
import { streamLogger } from '../engine/logger';

/** How big the log may grow and how many old files are kept. */
export interface RotationOptions {
  maxBytes: number;
  files: number;
}

/** The desktop app's default: five files of 2 MB. */
export const defaultRotation: RotationOptions = { maxBytes: 2 * 1024 * 1024, files: 5 };

/**
 * The process's logger: `[module] sentence` lines appended to `ficha.log`
 * in the given folder. When the file passes `maxBytes` it becomes
 * `ficha.1.log`, the older ones shift up, and the oldest is dropped, so
 * the log never takes more than `files × maxBytes`. Writes are synchronous
 * so that the last line before a crash is on disk.
 */
export function createFileLogger(
  folder: string,
  rotation: RotationOptions = defaultRotation,
): Logger & { file: string } {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'ficha.log');
  let size = existsSync(file) ? statSync(file).size : 0;

  const write = (line: string) => {
    try {
      if (size + Buffer.byteLength(line) > rotation.maxBytes && size > 0) {
        rotate(folder, rotation.files);
        size = 0;
      }
      appendFileSync(file, line);
      size += Buffer.byteLength(line);
    } catch {
      // A full or read-only disk must not take the app down with it.
    }
  };

  return { ...streamLogger(write), file };
}

function rotate(folder: string, files: number): void {
  const nth = (n: number) => path.join(folder, n === 0 ? 'ficha.log' : `ficha.${n}.log`);
  rmSync(nth(files - 1), { force: true });
  for (let n = files - 2; n >= 0; n--) {
    if (existsSync(nth(n))) renameSync(nth(n), nth(n + 1));
  }
}
