import type Database from 'better-sqlite3';
import { isFichaError } from '../../../shared/errors';
import type { Step } from '../../../shared/operations';
import type { Bilingual } from '../../../shared/result';
import type { StepReport, TableState } from '../operations/types';
import { runStep } from './run-step';

/** One step replayed: the version it produced and what it found. */
export interface ReplayedStep {
  step: Step;
  before: TableState;
  after: TableState;
  report: StepReport;
}

/** A step that could not be replayed, and why. */
export interface ReplayFailure {
  step: number;
  op: string;
  reason: Bilingual;
  column?: string;
}

/**
 * Replays steps from a table state, each into a new table version. A step
 * that fails is recorded and skipped, so that one run reports every step
 * that no longer applies; the caller decides whether to keep the result.
 * Must run in a transaction. Bugs are passed on.
 */
export function replaySteps(
  db: Database.Database,
  start: TableState,
  steps: readonly Step[],
  signal?: AbortSignal,
): { state: TableState; replayed: ReplayedStep[]; failures: ReplayFailure[] } {
  let state = start;
  const replayed: ReplayedStep[] = [];
  const failures: ReplayFailure[] = [];

  steps.forEach((step, i) => {
    if (signal?.aborted) return;
    try {
      const outcome = runStep(db, state, step);
      replayed.push({ step, before: state, after: outcome.state, report: outcome.report });
      state = outcome.state;
    } catch (error) {
      if (!isFichaError(error)) throw error;
      const column = error.data.detail?.column;
      failures.push({
        step: i + 1,
        op: step.op,
        reason: error.data.message,
        column: typeof column === 'string' ? column : undefined,
      });
    }
  });
  return { state, replayed, failures };
}
