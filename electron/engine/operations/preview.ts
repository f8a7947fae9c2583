import { stepLabel } from '../../../shared/operations';
import type { PreviewRow, StepPreview } from '../../../shared/operations/results';
import type { CellValue } from '../../../shared/table';
import { getDataset } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import { parseSteps } from '../recipes/apply-steps';
import { stateOf } from '../recipes/dataset-state';
import { planColumns, planSelect, planStep } from '../recipes/run-step';
import type { Workspace } from '../workspace/workspace';
import { operationFor } from '.';

/** Rows scanned at most when looking for the first changed ones. */
const MAX_SCANNED = 200_000;

/**
 * Shows the effect of a step on the first rows it changes, without
 * applying it: for row-aligned steps each changed or removed row before
 * and after; for reshaping steps (unpivot, pivot) the first rows out.
 */
export function previewStep(
  workspace: Workspace,
  datasetRef: string,
  raw: unknown,
  limit = 20,
): StepPreview {
  const [step] = parseSteps([raw]);
  const dataset = getDataset(workspace, datasetRef);
  const state = stateOf(dataset);
  const db = workspace.db;
  const operation = operationFor(step);
  const plan = planStep(db, state, step);
  const columnsAfter = planColumns(plan).map((c) => c.name);
  const base = {
    label: stepLabel(step),
    columnsBefore: state.columns.map((c) => c.name),
    columnsAfter,
    reads: operation.reads(step, state),
    writes: operation.writes(step, state),
  };

  if (plan.kind === 'query') {
    const rows = db
      .prepare(`${planSelect(plan, state.table)} LIMIT ${Number(limit)}`)
      .raw()
      .all(plan.params) as CellValue[][];
    return {
      ...base,
      rows: rows.map((after) => ({ row: null, before: null, after })),
      changed: null,
      scanned: state.rowCount,
      report: plan.report(),
    };
  }

  const list = plan.outputs.map((o) => o.expr).join(', ');
  const keep = plan.where ? `(${plan.where})` : '1';
  const sql =
    `SELECT rowid, ${keep}, ${list || 'NULL'}, * FROM ${quoteIdent(state.table)} ` +
    `ORDER BY rowid LIMIT ${MAX_SCANNED}`;
  const width = plan.outputs.length;
  const rows: PreviewRow[] = [];
  let changed = 0;
  let scanned = 0;
  for (const record of db.prepare(sql).raw().iterate(plan.params) as Iterable<CellValue[]>) {
    scanned += 1;
    const kept = Number(record[1]) === 1;
    const after = record.slice(2, 2 + width);
    const before = record.slice(2 + Math.max(width, 1));
    const differs = !kept || !sameValues(before, after);
    if (!differs) continue;
    changed += 1;
    if (rows.length < limit) rows.push({ row: scanned, before, after: kept ? after : null });
  }
  return { ...base, rows, changed, scanned, report: plan.report() };
}

/** Values compared by position; a renamed column with the same values is not a change. */
function sameValues(before: CellValue[], after: CellValue[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((value, i) => value === after[i]);
}
