import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { spatialCoverage } from '../../../electron/engine/metadata/coverage';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addDataset, tempWorkspace } from './helpers';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
});

afterEach(() => cleanup());

function coverageOf(columns: [string, 'text' | 'integer'][], rows: (string | number)[][]) {
  addDataset(
    workspace,
    'tabla',
    columns.map(([name, type]) => ({ name, label: name, type })),
    rows,
  );
  return spatialCoverage(workspace, getDataset(workspace, 'tabla'));
}

describe('spatial coverage read from the table', () => {
  it('joins a three-digit municipal key to the state of its row', () => {
    const spatial = coverageOf(
      [
        ['entidad', 'text'],
        ['cve_mun', 'text'],
      ],
      [
        ['Jalisco', '039'],
        ['Ciudad de México', '002'],
        ['Jalisco', '039'],
      ],
    );
    expect(spatial).toEqual({ kind: 'municipalities', codes: ['09002', '14039'], text: '' });
  });

  it('takes whole five-digit keys, restoring the leading zero numbers lose', () => {
    const spatial = coverageOf([['cvegeo', 'integer']], [[9002], [14039]]);
    expect(spatial).toEqual({ kind: 'municipalities', codes: ['09002', '14039'], text: '' });
  });

  it('drops keys the INEGI catalogue does not know and falls back to the states', () => {
    const spatial = coverageOf(
      [
        ['estado', 'text'],
        ['municipio', 'text'],
      ],
      [
        ['Aguascalientes', '000'],
        ['Campeche', '999'],
      ],
    );
    expect(spatial).toEqual({ kind: 'states', codes: ['01', '04'], text: '' });
  });
});
