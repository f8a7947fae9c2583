import Database from 'better-sqlite3';
import type { MessagePort } from 'node:worker_threads';
import type { TableFacts } from '../../../shared/validation/types';
import type { DatasetRecord } from '../datasets/catalog';
import { silentLogger } from '../logger';
import { measureTableFacts } from '../metadata/table-facts';

/** What the facts helper thread is started with. */
export interface FactsHelperData {
  /** The workspace file, opened read-only on a connection of the helper's own. */
  file: string;
  record: DatasetRecord;
}

/** What the helper posts: the facts, or why it could not measure them. */
export type FromFactsHelper = { facts: TableFacts } | { failed: string };

/**
 * Measures a table's data-quality facts on a read-only connection of its
 * own, in one read transaction, so that an export writes the CSV and zip
 * on the other core meanwhile.
 */
export function runFactsHelper(data: FactsHelperData, port: MessagePort): void {
  const db = new Database(data.file, { readonly: true, fileMustExist: true });
  try {
    const facts = db.transaction(() =>
      measureTableFacts({ db, logger: silentLogger }, data.record),
    )();
    port.postMessage({ facts } satisfies FromFactsHelper);
  } catch (error) {
    port.postMessage({ failed: (error as Error).message } satisfies FromFactsHelper);
  } finally {
    db.close();
  }
}
