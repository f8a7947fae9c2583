import Database from 'better-sqlite3';
import type { MessagePort } from 'node:worker_threads';
import type { CsvTable } from './csv-pages';
import { pageReader } from './csv-pages';

/** What the CSV helper thread is started with. */
export interface CsvHelperData {
  /** The workspace file, opened read-only on a connection of the helper's own. */
  file: string;
  source: CsvTable;
  pageRows: number;
  /** Int32 [pages the writer took, stop flag], shared with the writer. */
  control: SharedArrayBuffer;
}

/** What the helper posts: a page, the end, or why it stopped. */
export type FromCsvHelper =
  | { page: { chunks: Uint8Array[]; rows: number; last: number } }
  | { done: true }
  | { failed: string };

/** Pages the helper reads ahead of the writer before it waits. */
const AHEAD = 2;

/**
 * Reads the odd pages of the table (the writer reads the even ones): it
 * skips over the writer's page, reads the next, posts it, and stays at
 * most AHEAD pages in front of the writer, so memory stays bounded.
 */
export function runCsvHelper(data: CsvHelperData, port: MessagePort): void {
  const control = new Int32Array(data.control);
  const db = new Database(data.file, { readonly: true, fileMustExist: true });
  try {
    const reader = pageReader(db, data.source);
    let after = -Infinity;
    for (let produced = 0; ; produced++) {
      for (let taken = Atomics.load(control, 0); produced - taken >= AHEAD;) {
        if (Atomics.load(control, 1)) return;
        Atomics.wait(control, 0, taken, 1000);
        taken = Atomics.load(control, 0);
      }
      if (Atomics.load(control, 1)) return;

      const start = reader.skip(after, data.pageRows);
      const page = start === null ? null : reader.read(start, data.pageRows);
      if (!page || page.rows === 0) break;
      port.postMessage({ page } satisfies FromCsvHelper);
      if (page.rows < data.pageRows) break;
      after = page.last;
    }
    port.postMessage({ done: true } satisfies FromCsvHelper);
  } catch (error) {
    port.postMessage({ failed: (error as Error).message } satisfies FromCsvHelper);
  } finally {
    db.close();
  }
}
