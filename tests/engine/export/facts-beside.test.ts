import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { exportPackage } from '../../../electron/engine/export/export-package';
import { exportWorkerPath } from '../../../electron/engine/export/export-worker-path';
import { measureFactsBeside } from '../../../electron/engine/export/facts-beside';
import {
  computeTableFacts,
  hasStoredTableFacts,
  measureTableFacts,
} from '../../../electron/engine/metadata/table-facts';
import { silentLogger } from '../../../electron/engine/logger';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addEmissions, emissionRows, tempWorkspace } from './helpers';

let workspace: Workspace;
let out: string;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, out, cleanup } = tempWorkspace());
});

afterEach(() => cleanup());

// The helper thread runs the built export worker (npm test builds it first).
const built = exportWorkerPath() !== null;

/** Every file of a package with its bytes, by name. */
function contents(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'latin1')]),
  );
}

describe.skipIf(!built)('the table facts measured beside the first export', () => {
  it('are the facts this thread would measure, and only when none are stored', async () => {
    addEmissions(workspace);
    const record = getDataset(workspace, 'emisiones');

    const beside = measureFactsBeside(workspace, record);
    expect(beside).not.toBeNull();
    expect(await beside!.done).toEqual(measureTableFacts(workspace, record));

    computeTableFacts(workspace, record);
    expect(measureFactsBeside(workspace, record)).toBeNull();
  });

  it('give the same package as facts measured before, and are stored for the next export', async () => {
    addEmissions(workspace);
    const record = getDataset(workspace, 'emisiones');
    expect(hasStoredTableFacts(workspace, record)).toBe(false);

    const first = await exportPackage(workspace, 'emisiones', { out: join(out, 'a'), zip: true });
    expect(hasStoredTableFacts(workspace, record)).toBe(true);
    const again = await exportPackage(workspace, 'emisiones', { out: join(out, 'b'), zip: true });

    expect(again.files).toEqual(first.files);
    expect(contents(again.folder)).toEqual(contents(first.folder));
  });

  it('make a forced export a draft when only they find errors, under the draft name', async () => {
    // A total row left in the data: the ficha is complete, so only the facts see it.
    addEmissions(workspace, 'emisiones', [
      ...emissionRows,
      ['00', '000', 2009, '2009-06-30', 1222.5, 'Total', null],
    ]);

    const result = await exportPackage(workspace, 'emisiones', { out, force: true, zip: true });
    const report = JSON.parse(readFileSync(join(result.folder, 'validation.json'), 'utf8'));

    expect(result.draft).toBe(true);
    expect(result.folder.endsWith('-borrador')).toBe(true);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('quality.total-rows');
    // Only the draft: no package under the other name, no temporary leftovers.
    expect(readdirSync(out).sort()).toEqual(
      [`${result.folder.split('/').at(-1)}`, `${result.folder.split('/').at(-1)}.zip`].sort(),
    );
  });

  it('refuse an export without force when only they find errors, and leave nothing', async () => {
    addEmissions(workspace, 'emisiones', [
      ...emissionRows,
      ['00', '000', 2009, '2009-06-30', 1222.5, 'Total', null],
    ]);

    await expect(exportPackage(workspace, 'emisiones', { out, zip: true })).rejects.toMatchObject({
      code: 'EXPORT_HAS_ERRORS',
    });
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('make a draft on a read-only workspace too, which cannot store them', async () => {
    addEmissions(workspace, 'emisiones', [
      ...emissionRows,
      ['00', '000', 2009, '2009-06-30', 1222.5, 'Total', null],
    ]);
    const file = workspace.path;
    workspace.close();
    const reader = openWorkspace(file, { readOnly: true, logger: silentLogger });

    try {
      const result = await exportPackage(reader, 'emisiones', { out, force: true });
      expect(result.draft).toBe(true);
      expect(result.folder.endsWith('-borrador')).toBe(true);
      expect(hasStoredTableFacts(reader, getDataset(reader, 'emisiones'))).toBe(false);
    } finally {
      reader.close();
    }
  });
});
