import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The built export worker beside this code: out/node (CLI, web host) or
 * out/main (desktop, where shared code may sit one folder down in chunks/),
 * and the Node build of the repository when the engine runs from source
 * (tests). Null when none is built: the export then works in one thread.
 */
export function exportWorkerPath(): string | null {
  const folders = [__dirname, path.dirname(__dirname)];
  if (__filename.endsWith('.ts')) folders.push(path.resolve(__dirname, '../../../out/node'));
  const files = folders.flatMap((folder) =>
    ['export-worker.cjs', 'export-worker.js'].map((name) => path.join(folder, name)),
  );
  return files.find((file) => existsSync(file)) ?? null;
}
