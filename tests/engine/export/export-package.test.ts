import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPackage } from '../../../electron/engine/export/export-package';
import { listExports } from '../../../electron/engine/export/export-history';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addEmissions, tempWorkspace } from './helpers';
import { readZip } from './zip-reader';

let workspace: Workspace;
let out: string;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, out, cleanup } = tempWorkspace());
  addEmissions(workspace);
});

afterEach(() => cleanup());

const PACKAGE = 'emisiones-v2.1';

describe('the export package', () => {
  it('writes the data, dictionary, serializations, page, recipe, report and sums', async () => {
    const result = await exportPackage(workspace, 'emisiones', { out });

    expect(result.folder).toBe(join(out, PACKAGE));
    expect(readdirSync(result.folder).sort()).toEqual([
      'SHA256SUMS',
      'data.json',
      'datapackage.json',
      'dcat.jsonld',
      'dcat.ttl',
      'emisiones-diccionario.csv',
      'emisiones.csv',
      'ficha.html',
      'recipe.json',
      'validation.json',
    ]);
    expect(result.draft).toBe(false);
    expect(readdirSync(out)).toEqual([PACKAGE]);
  });

  it('writes a self-contained Spanish page with a chart per column', async () => {
    const { folder } = await exportPackage(workspace, 'emisiones', { out });
    const html = readFileSync(join(folder, 'ficha.html'), 'utf8');

    expect(html).toContain('<html lang="es">');
    expect(html.match(/<svg /g)).toHaveLength(7);
    expect(html).toContain('Valores distintos: 4');
    expect(html).toContain('Mínimo: -12');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('writes RFC 4180 CSV with machine names, ISO dates, point decimals and empty missing cells', async () => {
    const { folder } = await exportPackage(workspace, 'emisiones', { out });
    const text = readFileSync(join(folder, 'emisiones.csv'), 'utf8');

    expect(text.startsWith('cve_ent,cve_mun,anio,fecha,emision_t,fuente,verificado\r\n')).toBe(
      true,
    );
    expect(text).toContain('01,001,2008,2008-12-31,1234.5,fija,true\r\n');
    expect(text).toContain('09,002,2008,2008-12-31,0.001,"móvil, ""ligera""",false\r\n');
    expect(text).toContain('14,039,2009,2009-06-30,,"área\nnocturna",\r\n');
    const parsed = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[3][5]).toBe('área\nnocturna');
    expect(parsed.data[2][5]).toBe('móvil, "ligera"');
  });

  it('lists every file with its SHA-256 in SHA256SUMS', async () => {
    const { folder, files } = await exportPackage(workspace, 'emisiones', { out });
    const lines = readFileSync(join(folder, 'SHA256SUMS'), 'utf8').trim().split('\n');

    expect(lines).toHaveLength(files.length - 1);
    for (const line of lines) {
      const [sum, name] = line.split('  ');
      const bytes = readFileSync(join(folder, name));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sum);
    }
  });

  it('fills the distribution with the size and checksum of the CSV it wrote', async () => {
    const { folder, files } = await exportPackage(workspace, 'emisiones', { out });
    const csv = files.find((f) => f.name === 'emisiones.csv')!;
    const dcat = readFileSync(join(folder, 'dcat.ttl'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8'));

    expect(dcat).toContain(`"${csv.bytes}"^^xsd:nonNegativeInteger`);
    expect(dcat).toContain(`"${csv.sha256}"^^xsd:hexBinary`);
    expect(pkg.resources[0]).toMatchObject({
      path: 'emisiones.csv',
      bytes: csv.bytes,
      hash: `sha256:${csv.sha256}`,
    });
    expect(pkg.resources[0].schema.primaryKey).toEqual(['cve_ent', 'cve_mun']);
  });

  it('gives byte-identical files and zip when the same state is exported twice', async () => {
    const first = await exportPackage(workspace, 'emisiones', {
      out: join(out, 'a'),
      zip: true,
      xlsx: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await exportPackage(workspace, 'emisiones', {
      out: join(out, 'b'),
      zip: true,
      xlsx: true,
    });

    expect(second.files).toEqual(first.files);
    expect(second.zip).toEqual(first.zip);
    expect(readFileSync(second.zipPath!).equals(readFileSync(first.zipPath!))).toBe(true);
  });

  it('puts the same bytes in the zip as in the folder', async () => {
    const { folder, zipPath } = await exportPackage(workspace, 'emisiones', { out, zip: true });
    const entries = await readZip(zipPath!);

    expect(entries.map((e) => e.name)[0]).toBe(`${PACKAGE}/emisiones.csv`);
    for (const entry of entries) {
      const onDisk = readFileSync(join(folder, entry.name.slice(PACKAGE.length + 1)));
      expect(entry.bytes.equals(onDisk)).toBe(true);
    }
    expect(entries).toHaveLength(readdirSync(folder).length);
  });

  it('records the export with the checksum of every file', async () => {
    const result = await exportPackage(workspace, 'emisiones', { out, zip: true });
    const [record] = listExports(workspace, 'emisiones');

    expect(record.id).toBe(result.exportId);
    expect(record.files).toEqual(result.files);
    expect(record.zipSha256).toBe(result.zip!.sha256);
    expect(record.draft).toBe(false);
  });

  it('leaves no package and no temporary file when cancelled mid-export', async () => {
    const controller = new AbortController();
    const run = exportPackage(workspace, 'emisiones', {
      out,
      zip: true,
      signal: controller.signal,
      progress: (p) => {
        if (p.phase === 'export.data') controller.abort();
      },
    });

    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(listExports(workspace, 'emisiones')).toEqual([]);
  });

  it('leaves no package when a write fails half way', async () => {
    const run = exportPackage(workspace, 'emisiones', {
      out,
      zip: true,
      progress: (p) => {
        if (p.phase === 'export.metadata') throw new Error('disco lleno');
      },
    });

    await expect(run).rejects.toThrow('disco lleno');
    expect(readdirSync(out)).toEqual([]);
  });

  it('keeps the earlier package when a new export of the same version fails', async () => {
    await exportPackage(workspace, 'emisiones', { out });
    const before = readFileSync(join(out, PACKAGE, 'emisiones.csv'));
    const run = exportPackage(workspace, 'emisiones', {
      out,
      progress: () => {
        throw new Error('interrumpido');
      },
    });

    await expect(run).rejects.toThrow('interrumpido');
    expect(readdirSync(out)).toEqual([PACKAGE]);
    expect(readFileSync(join(out, PACKAGE, 'emisiones.csv')).equals(before)).toBe(true);
  });
});
