import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/api/export';
import { addEmissions, tempWorkspace } from '../engine/export/helpers';
import { addDataset } from '../engine/metadata/helpers';
import { ficha, fichaJson } from './run-ficha';

let ws: string;
let out: string;
let cleanup: () => void;

beforeAll(() => {
  const temp = tempWorkspace();
  ({ out, cleanup } = temp);
  ws = temp.workspace.path;
  addEmissions(temp.workspace);
  addDataset(temp.workspace, 'sin_ficha', [{ name: 'x', label: 'X', type: 'integer' }], [[1]]);
  temp.workspace.close();
});

afterAll(() => cleanup());

describe('ficha export, dcat and catalog', () => {
  it('exports a package and its zip and prints where', () => {
    const result = fichaJson<ExportResult>(['export', ws, 'emisiones', '--out', out, '--zip']);

    expect(result.folder).toBe(path.join(out, 'emisiones-v2.1'));
    expect(existsSync(path.join(out, 'emisiones-v2.1.zip'))).toBe(true);
    expect(result.files.map((f) => f.name)).toContain('dcat.ttl');
    expect(result.exportId).not.toBeNull();
  });

  it('refuses a dataset whose validation has errors and exits 2', () => {
    const run = ficha(['export', ws, 'sin_ficha', '--out', out]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--force');
    expect(existsSync(path.join(out, 'sin_ficha-v1.0'))).toBe(false);
  });

  it('exports a draft with --force', () => {
    const result = fichaJson<ExportResult>(['export', ws, 'sin_ficha', '--out', out, '--force']);

    expect(result.draft).toBe(true);
    expect(path.basename(result.folder)).toBe('sin_ficha-v1.0-borrador');
    expect(readFileSync(path.join(result.folder, 'ficha.html'), 'utf8')).toContain('BORRADOR');
  });

  it('prints one serialization of a dataset', () => {
    const turtle = ficha(['dcat', ws, 'emisiones', '--format', 'turtle']);
    const ckan = ficha(['dcat', ws, 'emisiones', '--format', 'ckan']);

    expect(turtle.status).toBe(0);
    expect(turtle.stdout).toContain('a dcat:Dataset');
    expect(JSON.parse(ckan.stdout).name).toBe('inventario-nacional-de-emisiones-2008');
  });

  it('prints the catalog of the workspace as data.json', () => {
    const run = ficha(['catalog', ws, '--format', 'datajson']);
    const catalog = JSON.parse(run.stdout);

    expect(catalog.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    expect(catalog.dataset).toHaveLength(2);
  });
});
