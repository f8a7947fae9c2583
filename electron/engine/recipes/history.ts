import { FichaError } from '../../../shared/errors';
import type { HistoryView } from '../../../shared/operations/results';
import { getDataset } from '../datasets/catalog';
import { transaction } from '../db/transaction';
import type { TableState } from '../operations/types';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { pointDatasetAt, tableExists } from './dataset-state';
import type { HistoryRow } from './history-store';
import {
  currentPoint,
  ensureHistorySchema,
  groupBounds,
  readHistory,
  retargetStep,
  setHistoryPoint,
} from './history-store';
import { pruneVersions } from './prune';
import { runStep, stepFailure } from './run-step';

/** Lists a dataset's history, undone steps included (they can be redone). */
export function listHistory(workspace: Workspace, datasetRef: string): HistoryView {
  const dataset = getDataset(workspace, datasetRef);
  const history = readHistory(workspace.db, dataset.id);
  return {
    dataset: dataset.name,
    point: currentPoint(history),
    steps: history.map((row) => ({
      seq: row.seq,
      step: row.step,
      label: row.label,
      actor: row.actor.name,
      email: row.actor.email,
      at: row.appliedAt,
      undone: row.undone,
      rows: row.after.rowCount,
      columns: row.after.columns.length,
      report: row.report,
      group: row.batch ?? row.seq,
    })),
  };
}

/**
 * Undoes `count` history entries (default one); a group of steps applied
 * together (a suggestion) is one entry and is undone whole.
 */
export function undoSteps(workspace: Workspace, datasetRef: string, count = 1): HistoryView {
  return moveInHistory(workspace, datasetRef, (point, _last, history) => {
    if (point === 0) throw new FichaError('NOTHING_TO_UNDO', { dataset: datasetRef });
    let target = point;
    for (let i = 0; i < count && target > 0; i++) target = groupBounds(history, target).first - 1;
    return target;
  });
}

/** Redoes `count` undone history entries (default one), a group whole. */
export function redoSteps(workspace: Workspace, datasetRef: string, count = 1): HistoryView {
  return moveInHistory(workspace, datasetRef, (point, last, history) => {
    if (point === last) throw new FichaError('NOTHING_TO_REDO', { dataset: datasetRef });
    let target = point;
    for (let i = 0; i < count && target < last; i++) target = groupBounds(history, target + 1).last;
    return target;
  });
}

/** Goes to any point of the history: 0 is the table as imported, n after step n. */
export function goToPoint(workspace: Workspace, datasetRef: string, target: number): HistoryView {
  return moveInHistory(workspace, datasetRef, (_point, last) => {
    if (!Number.isInteger(target) || target < 0 || target > last) {
      throw new FichaError('HISTORY_POINT_INVALID', { dataset: datasetRef, point: target, last });
    }
    return target;
  });
}

/**
 * Moves a dataset to another point of its history by repointing it at the
 * table version kept for that point (instant); a version dropped by
 * pruning is rebuilt from the nearest kept one before it.
 */
function moveInHistory(
  workspace: Workspace,
  datasetRef: string,
  choose: (point: number, last: number, history: readonly HistoryRow[]) => number,
): HistoryView {
  const db = workspace.db;
  ensureHistorySchema(db);
  transaction(db, () => {
    const dataset = getDataset(workspace, datasetRef);
    const history = readHistory(db, dataset.id);
    const point = currentPoint(history);
    const target = choose(point, history.length, history);
    if (target === point) return;

    const state = versionAt(workspace, dataset.id, history, target);
    pointDatasetAt(workspace, dataset.id, state);
    setHistoryPoint(db, dataset.id, target);
    pruneVersions(db, readHistory(db, dataset.id), target);
    recordAudit(workspace, {
      action: target < point ? 'dataset.undo' : 'dataset.redo',
      datasetId: dataset.id,
      detail: { from: point, to: target },
    });
  });
  return listHistory(workspace, datasetRef);
}

/** The table state at a point, rebuilding pruned versions from the nearest kept one. */
function versionAt(
  workspace: Workspace,
  datasetId: string,
  history: readonly HistoryRow[],
  target: number,
): TableState {
  const db = workspace.db;
  const versions = [history[0].before, ...history.map((row) => row.after)];
  if (tableExists(db, versions[target].table)) return versions[target];

  let from = target;
  while (from > 0 && !tableExists(db, versions[from].table)) from -= 1;
  let state = versions[from];
  for (let seq = from + 1; seq <= target; seq++) {
    const row = history[seq - 1];
    try {
      state = { ...runStep(db, state, row.step).state, columns: row.after.columns };
    } catch (error) {
      throw stepFailure(error, seq, row.step);
    }
    retargetStep(db, datasetId, seq, state.table);
  }
  workspace.logger.info('[recipes] rebuilt a pruned table version', { from, to: target });
  return state;
}
