import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewStep } from '../../../electron/engine/operations/preview';
import { listHistory } from '../../../electron/engine/recipes/history';
import { tableHash } from '../../../electron/engine/recipes/table-hash';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addTable, tempWorkspace } from '../recipes/fixture';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addTable(
    workspace,
    'd',
    [
      ['e', 'text'],
      ['c_2000', 'number', '2000'],
      ['c_2001', 'number', '2001'],
    ],
    [
      ['ok', 1, 2],
      [' sobra ', 3, 4],
      ['Total', 4, 6],
    ],
  );
});
afterEach(() => cleanup());

describe('previews', () => {
  it('shows the first changed rows before and after without applying', () => {
    const before = tableHash(workspace, 'd');
    const preview = previewStep(workspace, 'd', { op: 'trim', column: 'e' });
    expect(preview.rows).toEqual([{ row: 2, before: [' sobra ', 3, 4], after: ['sobra', 3, 4] }]);
    expect(preview).toMatchObject({ changed: 1, scanned: 3, reads: ['e'], writes: ['e'] });
    expect(tableHash(workspace, 'd')).toBe(before);
    expect(listHistory(workspace, 'd').steps).toEqual([]);
  });

  it('shows removed rows with no after', () => {
    const preview = previewStep(workspace, 'd', {
      op: 'remove-rows',
      where: { column: 'e', equals: 'Total' },
    });
    expect(preview.rows).toEqual([{ row: 3, before: ['Total', 4, 6], after: null }]);
  });

  it('shows the first rows out of a reshaping step', () => {
    const preview = previewStep(
      workspace,
      'd',
      { op: 'unpivot', columns: ['c_2000', 'c_2001'], key: 'anio', value: 'v' },
      2,
    );
    expect(preview.columnsAfter).toEqual(['e', 'anio', 'v']);
    expect(preview.rows.map((r) => r.after)).toEqual([
      ['ok', 2000, 1],
      ['ok', 2001, 2],
    ]);
  });
});
