import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPackage } from '../../../electron/engine/export/export-package';
import { planExport } from '../../../electron/engine/export/plan-export';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addEmissions, tempWorkspace } from './helpers';

let workspace: Workspace;
let out: string;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, out, cleanup } = tempWorkspace());
  addEmissions(workspace);
});

afterEach(() => cleanup());

function addBare(name: string): void {
  const columns = [{ name: 'x', label: 'X', type: 'integer' as const }];
  const writer = beginDatasetWrite(workspace, { columns });
  writer.insertRows([[1], [2]]);
  writer.commit({ name, columns: [{ ...columns[0], position: 0, mismatches: 0, unit: null }] });
}

describe('export choices', () => {
  it('refuses a dataset whose validation finds errors and writes nothing', async () => {
    addBare('sin_ficha');

    await expect(exportPackage(workspace, 'sin_ficha', { out })).rejects.toMatchObject({
      code: 'EXPORT_HAS_ERRORS',
    });
    expect(existsSync(out)).toBe(false);
  });

  it('exports a draft over errors with force and says so in every place', async () => {
    addBare('sin_ficha');
    const result = await exportPackage(workspace, 'sin_ficha', { out, force: true });
    const report = JSON.parse(readFileSync(join(result.folder, 'validation.json'), 'utf8'));

    expect(result.draft).toBe(true);
    expect(result.folder.endsWith('sin_ficha-v1.0-borrador')).toBe(true);
    expect(report.draft).toBe(true);
    expect(report.counts.error).toBeGreaterThan(0);
    expect(readFileSync(join(result.folder, 'ficha.html'), 'utf8')).toContain('BORRADOR');
  });

  it('splits the data into one CSV per value of a column, each a distribution', async () => {
    const result = await exportPackage(workspace, 'emisiones', { out, splitBy: 'anio' });
    const names = result.files.map((f) => f.name);
    const pkg = JSON.parse(readFileSync(join(result.folder, 'datapackage.json'), 'utf8'));
    const lines = readFileSync(join(result.folder, 'emisiones-2008.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');

    expect(names).toEqual(expect.arrayContaining(['emisiones-2008.csv', 'emisiones-2009.csv']));
    expect(names).not.toContain('emisiones.csv');
    expect(lines).toHaveLength(3);
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual([
      'emisiones-2008.csv',
      'emisiones-2009.csv',
    ]);
  });

  it('flags a table over the upload limit and names columns to split it by', () => {
    const plan = planExport(workspace, 'emisiones', 150);

    expect(plan.overLimit).toBe(true);
    expect(plan.estimatedBytes).toBeGreaterThan(150);
    expect(plan.splitCandidates.map((c) => c.column)).toContain('anio');
    expect(planExport(workspace, 'emisiones').overLimit).toBe(false);
  });

  it('writes formula-like text in the XLSX copy as text cells, never formulas', async () => {
    const result = await exportPackage(workspace, 'emisiones', { out, xlsx: true });
    const book = XLSX.read(readFileSync(join(result.folder, 'emisiones.xlsx')), {
      cellFormula: true,
    });
    const sheet = book.Sheets.datos;

    expect(sheet.F5).toMatchObject({ t: 's', v: '=SUMA(A1:A2)' });
    expect(sheet.F5.f).toBeUndefined();
    expect(sheet.A2).toMatchObject({ t: 's', v: '01' });
    expect(sheet.G2).toMatchObject({ t: 'b', v: true });
  });

  it('reports the progress of the rows it writes', async () => {
    const seen: string[] = [];
    await exportPackage(workspace, 'emisiones', {
      out,
      progress: (p) => seen.push(`${p.phase}:${p.done}`),
    });

    expect(seen).toContain('export.data:4');
    expect(seen.at(-1)).toBe('export.metadata:0');
  });
});
