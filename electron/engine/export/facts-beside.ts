import { Worker } from 'node:worker_threads';
import type { TableFacts } from '../../../shared/validation/types';
import type { DatasetRecord } from '../datasets/catalog';
import { followResultWorker } from '../jobs/result-worker';
import type { ResultWorker } from '../jobs/result-worker';
import { hasPerRevision } from '../metadata/revision-cache';
import { hasStoredTableFacts } from '../metadata/table-facts';
import type { Workspace } from '../workspace/workspace';
import { exportWorkerPath } from './export-worker-path';
import type { ExportWorkerData } from './export-worker';
import type { FromFactsHelper } from './facts-thread';

/**
 * Table facts being measured in a helper thread: the facts, or null when
 * the helper could not measure them (the caller measures them).
 */
export type FactsBeside = ResultWorker<TableFacts>;

/**
 * Starts measuring the table facts of a dataset in the export's helper
 * thread, when neither this process nor the workspace holds them for its
 * revision and the workspace is a file the helper can open; else returns
 * null and validation reads or measures them in this thread as usual.
 */
export function measureFactsBeside(
  workspace: Workspace,
  record: DatasetRecord,
): FactsBeside | null {
  // Facts this process holds (measured, or adopted on a read-only workspace that could not
  // store them) or any process stored are read as they are.
  const known =
    hasPerRevision(workspace.db, record, 'facts') || hasStoredTableFacts(workspace, record);
  if (workspace.db.memory || known) return null;
  const script = exportWorkerPath();
  if (!script) return null;

  const workerData: ExportWorkerData = { role: 'facts', facts: { file: workspace.path, record } };
  const worker = new Worker(script, { workerData });
  return followResultWorker<FromFactsHelper, TableFacts>(worker, (message) => {
    if ('failed' in message) {
      workspace.logger.warn('[export] the facts helper failed; measuring here', {
        reason: message.failed,
      });
    }
    return { answer: 'facts' in message ? message.facts : null };
  });
}
