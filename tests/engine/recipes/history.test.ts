import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySteps } from '../../../electron/engine/recipes/apply-steps';
import {
  goToPoint,
  listHistory,
  redoSteps,
  undoSteps,
} from '../../../electron/engine/recipes/history';
import { VERSIONS_KEPT_EACH_SIDE } from '../../../electron/engine/recipes/prune';
import { tableHash } from '../../../electron/engine/recipes/table-hash';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addTable, readTable, tempWorkspace } from './fixture';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addTable(
    workspace,
    'd',
    [
      ['e', 'text'],
      ['n', 'integer'],
    ],
    [
      [' a ', 1],
      ['b', 2],
      ['c', 3],
    ],
  );
});
afterEach(() => cleanup());

const tables = () =>
  workspace.db
    .prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name LIKE 'data_%'`)
    .pluck()
    .get() as number;

describe('history', () => {
  it('records who applied each step and when', () => {
    applySteps(workspace, 'd', [{ op: 'trim', column: 'e' }], {
      actor: { name: 'Luis', email: 'l@x.mx' },
    });
    const view = listHistory(workspace, 'd');
    expect(view.point).toBe(1);
    expect(view.steps[0]).toMatchObject({ actor: 'Luis', email: 'l@x.mx', undone: false });
    expect(Date.parse(view.steps[0].at)).not.toBeNaN();
  });

  it('undoes and redoes one step, restoring the catalog', () => {
    const original = tableHash(workspace, 'd');
    applySteps(workspace, 'd', [{ op: 'rename-column', column: 'e', to: 'estado' }]);
    const changed = tableHash(workspace, 'd');

    undoSteps(workspace, 'd');
    expect(readTable(workspace, 'd').columns).toEqual(['e', 'n']);
    expect(tableHash(workspace, 'd')).toBe(original);

    redoSteps(workspace, 'd');
    expect(tableHash(workspace, 'd')).toBe(changed);
  });

  it('goes to any point and back without replaying', () => {
    applySteps(workspace, 'd', [
      { op: 'trim', column: 'e' },
      { op: 'change-case', column: 'e', case: 'upper' },
      { op: 'remove-rows', where: { column: 'n', equals: 2 } },
    ]);
    goToPoint(workspace, 'd', 1);
    expect(readTable(workspace, 'd').rows).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    goToPoint(workspace, 'd', 3);
    expect(readTable(workspace, 'd').rows).toEqual([
      ['A', 1],
      ['C', 3],
    ]);
  });

  it('discards the redo stack when a new step follows an undo', () => {
    applySteps(workspace, 'd', [
      { op: 'trim', column: 'e' },
      { op: 'delete-columns', columns: ['n'] },
    ]);
    undoSteps(workspace, 'd');
    applySteps(workspace, 'd', [{ op: 'set-label', column: 'n', label: 'Número' }]);
    const view = listHistory(workspace, 'd');
    expect(view.steps.map((s) => s.step.op)).toEqual(['trim', 'set-label']);
    expect(() => redoSteps(workspace, 'd')).toThrow(/no steps to redo/);
  });

  it('says when there is nothing to undo', () => {
    expect(() => undoSteps(workspace, 'd')).toThrow(/no steps to undo/);
  });

  it('keeps a bounded number of table versions and rebuilds a pruned one', () => {
    const steps = Array.from({ length: 12 }, (_, i) => ({
      op: 'set-label' as const,
      column: 'n',
      label: `L${i}`,
    }));
    applySteps(workspace, 'd', [{ op: 'trim', column: 'e' }, ...steps]);
    expect(tables()).toBeLessThanOrEqual(2 + 2 * VERSIONS_KEPT_EACH_SIDE);

    goToPoint(workspace, 'd', 2);
    expect(readTable(workspace, 'd').rows[0]).toEqual(['a', 1]);
    expect(workspace.db.prepare(`SELECT label FROM columns WHERE name = 'n'`).pluck().get()).toBe(
      'L0',
    );

    goToPoint(workspace, 'd', 0);
    expect(readTable(workspace, 'd').rows[0]).toEqual([' a ', 1]);
  });

  it('gives every point of a batch the same table as applying its steps one by one', () => {
    const steps = [
      { op: 'trim', column: 'e' },
      { op: 'change-case', column: 'e', case: 'upper' },
      { op: 'remove-rows', where: { column: 'n', equals: 2 } },
      { op: 'rename-column', column: 'e', to: 'letra' },
      { op: 'delete-columns', columns: ['n'] },
    ] as const;
    addTable(
      workspace,
      'uno',
      [
        ['e', 'text'],
        ['n', 'integer'],
      ],
      [
        [' a ', 1],
        ['b', 2],
        ['c', 3],
      ],
    );
    const expected = steps.map((step) => {
      applySteps(workspace, 'uno', [step]);
      return tableHash(workspace, 'uno');
    });

    applySteps(workspace, 'd', [...steps]);
    expect(tableHash(workspace, 'd')).toBe(expected[4]);
    for (const point of [4, 2, 3, 1, 5]) {
      goToPoint(workspace, 'd', point);
      expect(tableHash(workspace, 'd')).toBe(expected[point - 1]);
    }
  });

  it('drops the table versions of a deleted dataset on the next apply', async () => {
    const { deleteDataset } = await import('../../../electron/engine/datasets/delete-dataset');
    addTable(workspace, 'otro', [['x', 'text']], [['a']]);
    applySteps(workspace, 'otro', [
      { op: 'trim', column: 'x' },
      { op: 'set-label', column: 'x', label: 'X' },
    ]);
    const before = tables();
    deleteDataset(workspace, 'otro');
    applySteps(workspace, 'd', [{ op: 'trim', column: 'e' }]);
    expect(tables()).toBe(before - 2);
  });

  it('leaves no table behind when a step fails', () => {
    const before = tables();
    expect(() =>
      applySteps(workspace, 'd', [
        { op: 'trim', column: 'e' },
        { op: 'trim', column: 'zz' },
      ]),
    ).toThrow();
    expect(tables()).toBe(before);
    expect(listHistory(workspace, 'd').steps).toEqual([]);
  });
});
