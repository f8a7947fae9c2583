import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { exportPackage } from '../../../electron/engine/export/export-package';
import { PackageZip, zipDate } from '../../../electron/engine/export/package-zip';
import { saveFicha } from '../../../electron/engine/metadata/ficha-store';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { Progress } from '../../../shared/import';
import { completeFicha } from '../../shared/serialize/fixtures';
import { emissionColumns, tempWorkspace } from './helpers';
import { readZip } from './zip-reader';

let workspace: Workspace;
let dir: string;
let out: string;
let cleanup: () => void;

beforeEach(() => ({ workspace, dir, out, cleanup } = tempWorkspace()));
afterEach(() => cleanup());

/** The emissions table grown past four pages of the CSV writer (20,000 rows each), so a helper thread reads every other page. */
const ROWS = 85_000;

function addLargeEmissions(): void {
  const writer = beginDatasetWrite(workspace, { columns: emissionColumns });
  const states = ['01', '09', '14', '31'];
  const rows = Array.from({ length: ROWS }, (_, i) => [
    states[i % 4],
    String(1 + (i % 570)).padStart(3, '0'),
    2008 + (i % 10),
    '2008-12-31',
    i / 7,
    i % 3 ? 'fija' : 'móvil, "ligera"',
    i % 2 === 0,
  ]);
  writer.insertRows(rows);
  writer.commit({
    name: 'emisiones',
    title: 'emisiones',
    columns: emissionColumns.map((c, position) => ({ ...c, position, mismatches: 0, unit: null })),
  });
  const ficha = completeFicha();
  ficha.distributions = [];
  saveFicha(workspace, 'emisiones', ficha);
}

/** Writes the same three entries, the first in pages, into a zip. */
async function writeSample(file: string, workerScript?: null): Promise<PackageZip> {
  const zip = new PackageZip(file, zipDate('2024-03-15T10:20:30Z'), { workerScript });
  const entry = zip.entry('paquete/datos.csv');
  for (let page = 0; page < 50; page++) {
    await entry.write(
      Buffer.from(`fila ${page},"Michoacán de Ocampo",${page / 3}\r\n`.repeat(2000)),
    );
  }
  entry.end();
  zip.addBuffer('paquete/SHA256SUMS', Buffer.from('abc  datos.csv\n'));
  const small = zip.entry('paquete/vacio.txt');
  small.end();
  return zip;
}

describe('the package zip', () => {
  it('deflates in a worker thread of its own when the worker is built', () => {
    const zip = new PackageZip(join(dir, 'a.zip'), new Date());

    expect(zip.threaded).toBe(true);
    return zip.abandon();
  });

  it('gives the same bytes from its worker thread as from this thread', async () => {
    const threaded = await (await writeSample(join(dir, 'hilo.zip'))).finish('hilo.zip');
    const local = await (await writeSample(join(dir, 'local.zip'), null)).finish('local.zip');

    expect(local.sha256).toBe(threaded.sha256);
    expect(readFileSync(join(dir, 'hilo.zip')).equals(readFileSync(join(dir, 'local.zip')))).toBe(
      true,
    );
    const entries = await readZip(join(dir, 'hilo.zip'));
    expect(entries.map((e) => e.name)).toEqual([
      'paquete/datos.csv',
      'paquete/SHA256SUMS',
      'paquete/vacio.txt',
    ]);
    expect(entries[0].bytes.toString('utf8').split('\r\n')).toHaveLength(100_001);
  });

  it('fails instead of hanging when the zip cannot be created, in either thread', async () => {
    for (const workerScript of [undefined, null]) {
      const zip = new PackageZip(join(dir, 'no-existe', 'x.zip'), new Date(), { workerScript });

      await expect(zip.finish('x.zip')).rejects.toThrow(/ENOENT/);
      await zip.abandon();
    }
  });
});

/** Row 84,999 as CSV. */
const LAST_LINE = '31,070,2017,2008-12-31,12142.714285714286,"móvil, ""ligera""",false';

describe('a many-page export', () => {
  beforeEach(() => addLargeEmissions());

  it('reports the rows written after every page, up to the row count', async () => {
    const seen: Progress[] = [];
    const result = await exportPackage(workspace, 'emisiones', {
      out,
      zip: true,
      progress: (p) => seen.push(p),
    });
    const data = seen.filter((p) => p.phase === 'export.data');

    expect(data.map((p) => p.done)).toEqual([20_000, 40_000, 60_000, 80_000, ROWS]);
    expect(data.every((p) => p.total === ROWS && p.unit === 'rows')).toBe(true);
    const csv = readFileSync(join(result.folder, 'emisiones.csv'), 'utf8').split('\r\n');
    expect(csv).toHaveLength(ROWS + 2);
    expect(csv[ROWS]).toBe(LAST_LINE);
  });

  it('leaves no package, temporary folder or zip when cancelled between pages', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = exportPackage(workspace, 'emisiones', {
      out,
      zip: true,
      signal: controller.signal,
      progress: (p) => {
        if (p.phase !== 'export.data') return;
        done.push(p.done);
        controller.abort();
      },
    });

    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(done).toEqual([20_000]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
