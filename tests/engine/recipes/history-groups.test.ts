import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySteps } from '../../../electron/engine/recipes/apply-steps';
import {
  goToPoint,
  listHistory,
  redoSteps,
  undoSteps,
} from '../../../electron/engine/recipes/history';
import { ensureHistorySchema } from '../../../electron/engine/recipes/history-store';
import { recipeOf } from '../../../electron/engine/recipes/recipe-file';
import { tableHash } from '../../../electron/engine/recipes/table-hash';
import type { StepInput } from '../../../shared/operations';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addTable, readTable, tempWorkspace } from './fixture';

let workspace: Workspace;
let cleanup: () => void;

// A suggestion's two steps: years as columns into rows, then the values to numbers.
const suggestion: StepInput[] = [
  { op: 'unpivot', columns: ['c_1990', 'c_1991'], key: 'anio', value: 'valor' },
  { op: 'to-number', column: 'valor', decimal: '.', missing: ['NE'] },
];

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addTable(
    workspace,
    'd',
    [
      ['cat', 'text'],
      ['c_1990', 'text', '1990'],
      ['c_1991', 'text', '1991'],
    ],
    [
      [' A ', '1', 'NE'],
      ['B', '2', '3'],
    ],
  );
});
afterEach(() => cleanup());

describe('steps applied as one group', () => {
  it('are undone and redone with one undo and one redo', () => {
    applySteps(workspace, 'd', [{ op: 'trim', column: 'cat' }]);
    const trimmed = tableHash(workspace, 'd');
    applySteps(workspace, 'd', suggestion, { group: true });
    const long = tableHash(workspace, 'd');
    expect(readTable(workspace, 'd').rows).toHaveLength(4);

    const undone = undoSteps(workspace, 'd');
    expect(undone.point).toBe(1);
    expect(tableHash(workspace, 'd')).toBe(trimmed);
    expect(undone.steps.map((s) => s.undone)).toEqual([false, true, true]);

    const redone = redoSteps(workspace, 'd');
    expect(redone.point).toBe(3);
    expect(tableHash(workspace, 'd')).toBe(long);
  });

  it('count as one entry among others when undoing several', () => {
    applySteps(workspace, 'd', [{ op: 'trim', column: 'cat' }]);
    applySteps(workspace, 'd', suggestion, { group: true });
    applySteps(workspace, 'd', [{ op: 'change-case', column: 'cat', case: 'upper' }]);
    expect(undoSteps(workspace, 'd', 2).point).toBe(1);
    expect(redoSteps(workspace, 'd', 1).point).toBe(3);
    expect(redoSteps(workspace, 'd', 1).point).toBe(4);
    expect(undoSteps(workspace, 'd', 3).point).toBe(0);
  });

  it('are listed with the seq of their first step, and single steps with their own', () => {
    applySteps(workspace, 'd', [{ op: 'trim', column: 'cat' }]);
    applySteps(workspace, 'd', suggestion, { group: true });
    const view = listHistory(workspace, 'd');
    expect(view.steps.map((s) => [s.seq, s.group])).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
    ]);
  });

  it('stay separate steps in the recipe file', () => {
    applySteps(workspace, 'd', suggestion, { group: true });
    const recipe = recipeOf(workspace, 'd');
    expect(recipe.steps.map((s) => s.op)).toEqual(['unpivot', 'to-number']);
  });

  it('are separate entries when applied without asking for a group', () => {
    applySteps(workspace, 'd', suggestion);
    expect(undoSteps(workspace, 'd').point).toBe(1);
    expect(listHistory(workspace, 'd').steps.map((s) => s.group)).toEqual([1, 2]);
  });

  it('can still be entered step by step with goto', () => {
    applySteps(workspace, 'd', suggestion, { group: true });
    expect(goToPoint(workspace, 'd', 1).point).toBe(1);
    expect(readTable(workspace, 'd').columns).toEqual(['cat', 'anio', 'valor']);
    expect(redoSteps(workspace, 'd').point).toBe(2);
  });

  it('adds the group column to a history table made before groups existed', () => {
    const db = workspace.db;
    db.exec('DROP TABLE IF EXISTS recipe_steps');
    ensureHistorySchema(db);
    db.exec('ALTER TABLE recipe_steps DROP COLUMN batch');
    applySteps(workspace, 'd', suggestion, { group: true });
    expect(undoSteps(workspace, 'd').point).toBe(0);
  });
});
