import type Database from 'better-sqlite3';
import type { Step } from '../../../shared/operations';
import { quoteIdent } from '../db/quote';
import type { MapPlan, Plan, TableState } from '../operations/types';
import { finalColumns, planColumns, planStep } from './run-step';
import type { StepOutcome } from './run-step';

type Change =
  | { kind: 'delete'; where: string }
  | { kind: 'alter'; renames: [string, string][]; drops: string[]; sets: [string, string][] };

/**
 * How a row-aligned plan can change a table in place: delete rows, rename
 * or drop columns, or set column expressions. Null when it cannot (columns
 * added or moved, or a column both renamed and recomputed).
 */
function inPlaceChange(plan: MapPlan, state: TableState): Change | null {
  const names = state.columns.map((c) => c.name);
  const identity = (o: MapPlan['outputs'][number], name: string) => o.expr === quoteIdent(name);

  if (plan.where) {
    const same =
      plan.outputs.length === names.length &&
      plan.outputs.every((o, i) => o.column.name === names[i] && identity(o, names[i]));
    return same ? { kind: 'delete', where: plan.where } : null;
  }

  if (plan.outputs.length === names.length) {
    const renames: [string, string][] = [];
    const sets: [string, string][] = [];
    for (const [i, output] of plan.outputs.entries()) {
      if (output.column.name !== names[i]) {
        if (!identity(output, names[i])) return null;
        renames.push([names[i], output.column.name]);
      } else if (!identity(output, names[i])) {
        sets.push([names[i], output.expr]);
      }
    }
    if (renames.length > 0 && sets.length > 0) return null;
    return { kind: 'alter', renames, drops: [], sets };
  }

  // Columns dropped: the outputs must be the remaining columns, unchanged and in order.
  const kept = plan.outputs.map((o) => o.column.name);
  const ordered = kept.every(
    (name, i) => i === 0 || names.indexOf(name) > names.indexOf(kept[i - 1]),
  );
  const unchanged = plan.outputs.every(
    (o) => names.includes(o.column.name) && identity(o, o.column.name),
  );
  if (!ordered || !unchanged || kept.length === 0) return null;
  return { kind: 'alter', renames: [], drops: names.filter((n) => !kept.includes(n)), sets: [] };
}

/**
 * Runs a step on a table in place when the plan allows it (the SQL the
 * shell would run: UPDATE, DELETE, ALTER TABLE), which saves copying the
 * table. Only for tables created earlier in the same batch, which no kept
 * version points at. Returns null when the step must write a new table.
 */
export function runStepInPlace(
  db: Database.Database,
  state: TableState,
  step: Step,
): StepOutcome | null {
  const plan: Plan = planStep(db, state, step);
  if (plan.kind !== 'map') return null;
  const change = inPlaceChange(plan, state);
  if (!change) return null;

  const table = quoteIdent(state.table);
  let rowCount = state.rowCount;
  if (change.kind === 'delete') {
    rowCount -= db
      .prepare(`DELETE FROM ${table} WHERE NOT (${change.where})`)
      .run(plan.params).changes;
  } else {
    for (const [from, to] of change.renames) {
      db.exec(`ALTER TABLE ${table} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`);
    }
    for (const name of change.drops)
      db.exec(`ALTER TABLE ${table} DROP COLUMN ${quoteIdent(name)}`);
    if (change.sets.length > 0) {
      const sets = change.sets.map(([name, expr]) => `${quoteIdent(name)} = ${expr}`).join(', ');
      db.prepare(`UPDATE ${table} SET ${sets}`).run(plan.params);
    }
  }

  const final = finalColumns(db, state.table, plan, state, planColumns(plan), rowCount);
  return { state: { table: state.table, columns: final, rowCount }, report: plan.report() };
}
