import { FichaError } from '../../../shared/errors';
import type { UpdateReport } from '../../../shared/operations/results';
import type { ImportOptions } from '../../../shared/import';
import type { DatasetRecord } from '../datasets/catalog';
import { getDataset } from '../datasets/catalog';
import { deleteDataset } from '../datasets/delete-dataset';
import { newId } from '../datasets/ids';
import { quoteIdent } from '../db/quote';
import { transaction } from '../db/transaction';
import type { Actor } from '../handlers/context';
import { importFile } from '../import/pipeline';
import type { Logger } from '../logger';
import type { TableState } from '../operations/types';
import { stepLabel } from '../../../shared/operations';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { pointDatasetAt, stateOf } from './dataset-state';
import {
  deleteHistoryAfter,
  ensureHistorySchema,
  insertHistory,
  readHistory,
} from './history-store';
import { dropVersions } from './prune';
import { recipeOf } from './recipe-file';
import { replaySteps } from './replay';
import type { ReplayedStep } from './replay';

/** What an update run needs besides the file. */
export interface UpdateOptions {
  /** Columns renamed in the new file: recipe's name → new file's name. */
  map?: Record<string, string>;
  actor?: Actor;
  signal: AbortSignal;
  progress?: Parameters<typeof importFile>[3]['progress'];
  logger: Logger;
}

/**
 * Imports a new version of a dataset's source with the same settings,
 * replays the recipe on it, and replaces the dataset only when every step
 * replayed. The report says rows added and removed, columns that appeared
 * or vanished, and the steps that no longer apply with why.
 */
export async function updateDataset(
  workspace: Workspace,
  datasetRef: string,
  file: string,
  options: UpdateOptions,
): Promise<UpdateReport> {
  const dataset = getDataset(workspace, datasetRef);
  const recipe = recipeOf(workspace, dataset.id);
  const history = readHistory(workspace.db, dataset.id);
  const originalColumns = (history[0]?.before ?? stateOf(dataset)).columns.map((c) => c.name);

  const settings = (dataset.importSettings.options ?? {}) as ImportOptions;
  const stagingName = `update-${newId()}`;
  await importFile(
    workspace,
    file,
    { ...settings, name: stagingName },
    {
      signal: options.signal,
      progress: options.progress,
      logger: options.logger,
    },
  );

  try {
    const staged = getDataset(workspace, stagingName);
    const mapped = applyColumnMap(workspace, staged, options.map ?? {});
    const newColumns = mapped.columns.map((c) => c.name);
    const report: UpdateReport = {
      dataset: dataset.name,
      file,
      applied: false,
      rowsBefore: dataset.rowCount,
      rowsAfter: 0,
      rowsAdded: 0,
      rowsRemoved: 0,
      columnsAppeared: newColumns.filter((c) => !originalColumns.includes(c)),
      columnsVanished: originalColumns.filter((c) => !newColumns.includes(c)),
      failedSteps: [],
      mapped: options.map ?? {},
    };

    try {
      transaction(workspace.db, () => {
        const replay = replaySteps(workspace.db, mapped, recipe.steps, options.signal);
        if (options.signal.aborted) throw new FichaError('CANCELLED');
        report.failedSteps = replay.failures.map(({ step, op, reason }) => ({ step, op, reason }));
        report.rowsAfter = replay.state.rowCount;
        Object.assign(report, rowDifference(workspace, stateOf(dataset), replay.state));
        // Nothing is replaced unless every step replayed: roll the new versions back.
        if (replay.failures.length > 0) throw new UpdateRejected();
        replaceDataset(
          workspace,
          dataset,
          staged,
          mapped,
          replay.replayed,
          replay.state,
          options.actor,
        );
      });
      report.applied = true;
    } catch (error) {
      if (!(error instanceof UpdateRejected)) throw error;
    }
    workspace.logger.info('[recipes] replayed a recipe on a new source', {
      rows: report.rowsAfter,
      steps: recipe.steps.length,
      failed: report.failedSteps.length,
    });
    return report;
  } finally {
    if (datasetExists(workspace, stagingName)) deleteDataset(workspace, stagingName);
  }
}

/** Thrown inside the transaction to roll back a replay that did not fully succeed. */
class UpdateRejected extends Error {}

function datasetExists(workspace: Workspace, name: string): boolean {
  return workspace.db.prepare('SELECT 1 FROM datasets WHERE name = ?').get(name) !== undefined;
}

/** Renames columns of the staged table so they carry the names the recipe expects. */
function applyColumnMap(
  workspace: Workspace,
  staged: DatasetRecord,
  map: Record<string, string>,
): TableState {
  const state = stateOf(staged);
  const byNew = new Map(Object.entries(map).map(([expected, found]) => [found, expected]));
  for (const found of byNew.keys()) {
    if (!state.columns.some((c) => c.name === found)) {
      throw new FichaError('COLUMN_NOT_FOUND', { dataset: staged.name, column: found });
    }
  }
  transaction(workspace.db, () => {
    for (const [found, expected] of byNew) {
      workspace.db.exec(
        `ALTER TABLE ${quoteIdent(state.table)} RENAME COLUMN ${quoteIdent(found)} TO ${quoteIdent(expected)}`,
      );
    }
  });
  return {
    ...state,
    columns: state.columns.map((c) => ({ ...c, name: byNew.get(c.name) ?? c.name })),
  };
}

/** Rows in one table and not the other, compared on the columns both have. */
function rowDifference(workspace: Workspace, before: TableState, after: TableState) {
  const common = after.columns
    .map((c) => c.name)
    .filter((n) => before.columns.some((c) => c.name === n));
  if (common.length === 0) return { rowsAdded: after.rowCount, rowsRemoved: before.rowCount };
  const list = common.map(quoteIdent).join(', ');
  const count = (a: string, b: string) =>
    Number(
      workspace.db
        .prepare(
          `SELECT count(*) FROM (SELECT ${list} FROM ${quoteIdent(a)} EXCEPT SELECT ${list} FROM ${quoteIdent(b)})`,
        )
        .pluck()
        .get(),
    );
  return {
    rowsAdded: count(after.table, before.table),
    rowsRemoved: count(before.table, after.table),
  };
}

/**
 * Points the dataset at the replayed result and rewrites its history as
 * the replay, with the new import as the original; the staged dataset's
 * source becomes the dataset's. Runs inside the update's transaction.
 */
function replaceDataset(
  workspace: Workspace,
  dataset: DatasetRecord,
  staged: DatasetRecord,
  base: TableState,
  replayed: readonly ReplayedStep[],
  final: TableState,
  actor: Actor = workspace.actor,
): void {
  const db = workspace.db;
  ensureHistorySchema(db);
  const oldHistory = readHistory(db, dataset.id);
  dropVersions(db, oldHistory, null);
  if (oldHistory.length === 0) db.exec(`DROP TABLE IF EXISTS ${quoteIdent(dataset.tableName)}`);
  deleteHistoryAfter(db, dataset.id, 0);

  // The staged table becomes the new original; its dataset row goes away without dropping it.
  db.prepare('UPDATE datasets SET source_id = ? WHERE id = ?').run(staged.sourceId, dataset.id);
  db.prepare('DELETE FROM datasets WHERE id = ?').run(staged.id);
  const now = new Date().toISOString();
  replayed.forEach((entry, i) => {
    insertHistory(db, dataset.id, {
      seq: i + 1,
      step: entry.step,
      label: stepLabel(entry.step),
      actor: { name: actor.name, email: actor.email },
      appliedAt: now,
      undone: false,
      before: i === 0 ? base : entry.before,
      after: entry.after,
      report: entry.report,
      // The recipe is the history up to its point, in order: groups stay groups.
      batch: oldHistory[i]?.batch ?? null,
    });
  });
  pointDatasetAt(workspace, dataset.id, final);
  dropUnusedSource(workspace, dataset.sourceId);
  recordAudit(workspace, {
    action: 'dataset.update',
    datasetId: dataset.id,
    detail: { steps: replayed.length, rows: final.rowCount },
  });
}

function dropUnusedSource(workspace: Workspace, sourceId: string | null): void {
  if (!sourceId) return;
  const db = workspace.db;
  if (db.prepare('SELECT 1 FROM datasets WHERE source_id = ?').get(sourceId)) return;
  db.prepare('DELETE FROM source_chunks WHERE source_id = ?').run(sourceId);
  db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
}
