import { FichaError } from '../../../shared/errors';
import type { Progress } from '../../../shared/import';
import { parseStep, stepLabel } from '../../../shared/operations';
import type { Step } from '../../../shared/operations';
import type { AppliedStep, ApplyResult } from '../../../shared/operations/results';
import { getDataset } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import { transaction } from '../db/transaction';
import type { Actor } from '../handlers/context';
import type { TableState } from '../operations/types';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { pointDatasetAt, stateOf, tableExists } from './dataset-state';
import {
  currentPoint,
  deleteHistoryAfter,
  ensureHistorySchema,
  insertHistory,
  retargetStep,
  readHistory,
} from './history-store';
import { dropOrphanVersions, pruneVersions } from './prune';
import { runStepInPlace } from './in-place';
import { runStep, stepFailure } from './run-step';

/** Who applies, how long work is watched, and whether the steps make one history entry. */
export interface ApplyOptions {
  actor?: Actor;
  signal?: AbortSignal;
  progress?: (progress: Progress) => void;
  /**
   * Records the steps as one group that undo and redo move over at once (a
   * suggestion of two steps); the recipe still lists them one by one.
   */
  group?: boolean;
}

/**
 * Validates raw steps, all of them before any runs; throws STEP_INVALID
 * naming the first bad step (1-based) and what is wrong with it.
 */
export function parseSteps(raw: readonly unknown[], offset = 0): Step[] {
  return raw.map((item, i) => {
    const parsed = parseStep(item);
    if (parsed.ok) return parsed.step;
    const reason = parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new FichaError('STEP_INVALID', { step: offset + i + 1, reason });
  });
}

/**
 * Applies steps to a dataset in one transaction: each step writes a new
 * table version and is recorded with who and when (as one group when
 * `group` is set). A redo stack left by undo is discarded first. A failing step rolls everything back and is
 * named in the error (STEP_FAILED with step, column and row).
 */
export function applySteps(
  workspace: Workspace,
  datasetRef: string,
  raw: readonly unknown[],
  options: ApplyOptions = {},
): ApplyResult {
  const steps = parseSteps(raw);
  const db = workspace.db;
  ensureHistorySchema(db);
  const actor = options.actor ?? workspace.actor;
  const started = Date.now();

  const result = transaction(db, () => {
    const dataset = getDataset(workspace, datasetRef);
    dropOrphanVersions(db);
    const point = discardRedo(workspace, dataset.id);
    let state: TableState = stateOf(dataset);
    const applied: AppliedStep[] = [];
    const fresh = new Set<string>();
    const grouped = options.group === true && steps.length > 1;

    steps.forEach((step, i) => {
      if (options.signal?.aborted) throw new FichaError('CANCELLED');
      options.progress?.({ phase: 'steps', done: i, total: steps.length, unit: 'steps' });
      const before = state;
      const seq = point + i + 1;
      // Between the first and the last step of a batch, work in place on the
      // batch's own table; the last step writes a new one so that undoing it
      // stays instant. Versions changed in place are rebuilt if ever needed.
      const inPlace = fresh.has(before.table) && i < steps.length - 1;
      let outcome;
      try {
        outcome = (inPlace ? runStepInPlace(db, before, step) : null) ?? runStep(db, before, step);
      } catch (error) {
        throw stepFailure(error, i + 1, step);
      }
      if (outcome.state.table === before.table) {
        retargetStep(db, dataset.id, seq - 1, `${before.table}~${seq - 1}`);
      }
      fresh.add(outcome.state.table);
      state = outcome.state;
      const label = stepLabel(step);
      insertHistory(db, dataset.id, {
        seq,
        step,
        label,
        actor: { name: actor.name, email: actor.email },
        appliedAt: new Date().toISOString(),
        undone: false,
        before:
          outcome.state.table === before.table
            ? { ...before, table: `${before.table}~${seq - 1}` }
            : before,
        after: state,
        report: outcome.report,
        batch: grouped ? point + 1 : null,
      });
      applied.push({
        seq,
        op: step.op,
        label,
        rows: state.rowCount,
        columns: state.columns.length,
        report: outcome.report,
      });
    });

    options.progress?.({ phase: 'steps', done: steps.length, total: steps.length, unit: 'steps' });
    pointDatasetAt(workspace, dataset.id, state);
    const finalPoint = point + steps.length;
    pruneVersions(db, readHistory(db, dataset.id), finalPoint);
    recordAudit(workspace, {
      action: 'dataset.apply',
      datasetId: dataset.id,
      detail: { steps: steps.map((s) => s.op), point: finalPoint, group: grouped },
    });
    return {
      dataset: dataset.name,
      point: finalPoint,
      rows: state.rowCount,
      columns: state.columns.map((c) => c.name),
      applied,
    };
  });

  workspace.logger.info('[recipes] applied steps', {
    steps: steps.length,
    rows: result.rows,
    ms: Date.now() - started,
  });
  return result;
}

/** Drops the redo stack (steps undone) before new steps; returns the current point. */
function discardRedo(workspace: Workspace, datasetId: string): number {
  const db = workspace.db;
  const history = readHistory(db, datasetId);
  const point = currentPoint(history);
  const redo = history.filter((row) => row.seq > point);
  if (redo.length === 0) return point;

  const keep = new Set(
    history.filter((row) => row.seq <= point).flatMap((r) => [r.before.table, r.after.table]),
  );
  for (const row of redo) {
    if (!keep.has(row.after.table) && tableExists(db, row.after.table)) {
      db.exec(`DROP TABLE ${quoteIdent(row.after.table)}`);
    }
  }
  deleteHistoryAfter(db, datasetId, point);
  return point;
}
