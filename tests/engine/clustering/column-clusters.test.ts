import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnClusters } from '../../../electron/engine/clustering/column-clusters';
import { applySteps } from '../../../electron/engine/recipes/apply-steps';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addTable, readTable, tempWorkspace } from '../recipes/fixture';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  const names = ['Nuevo León', 'Nuevo León', 'nuevo leon', 'NUEVO LEÓN', 'Sonora', 'Sonora.'];
  addTable(
    workspace,
    'd',
    [['estado', 'text']],
    names.map((n) => [n]),
  );
});
afterEach(() => cleanup());

describe('column clusters', () => {
  it('drafts a map-values step that merges each cluster into its suggested value', () => {
    const result = columnClusters(workspace, 'd', 'estado', 'fingerprint');
    expect(result.clusters).toHaveLength(2);
    expect(result.step).toEqual({
      op: 'map-values',
      column: 'estado',
      map: { 'nuevo leon': 'Nuevo León', 'NUEVO LEÓN': 'Nuevo León', 'Sonora.': 'Sonora' },
    });

    applySteps(workspace, 'd', [result.step!]);
    expect(new Set(readTable(workspace, 'd').rows.map((r) => r[0]))).toEqual(
      new Set(['Nuevo León', 'Sonora']),
    );
  });
});
