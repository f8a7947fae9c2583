import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult, InspectResult } from '../../shared/import';
import { tempFolder } from '../engine/workspace/temp-folder';
import { ficha, fichaJson, repoRoot } from './run-ficha';

const temp = tempFolder('ficha-cli-import-');
afterAll(temp.cleanup);

function fixture(name: string, bytes: Buffer | string): string {
  const file = path.join(temp.dir, name);
  writeFileSync(file, bytes);
  return file;
}

let count = 0;
function workspace(): string {
  const ws = path.join(temp.dir, `ws-${++count}.ficha`);
  expect(ficha(['init', ws, '--quiet']).status).toBe(0);
  return ws;
}

/** Datasets and integrity of a workspace, read straight from the file. */
function state(ws: string) {
  const db = new Database(ws, { readonly: true });
  try {
    return {
      datasets: db.prepare('SELECT count(*) FROM datasets').pluck().get(),
      integrity: db.prepare('PRAGMA integrity_check').pluck().get(),
    };
  } finally {
    db.close();
  }
}

const semicolons = iconv.encode(
  'Clave;Estado;Emisión (t)\r\n01;Aguascalientes;1.234,5\r\n02;Baja California;ND\r\n',
  'windows-1252',
);

let csv = '';
beforeAll(() => {
  csv = fixture('emisiones.csv', semicolons);
});

describe('ficha import', () => {
  it('prints the dataset, rows, columns, encoding, delimiter, sheet, notes and warnings', () => {
    const ws = workspace();
    const result = fichaJson<ImportResult>(['import', ws, csv]);
    expect(result).toMatchObject({
      dataset: 'emisiones',
      rows: 2,
      encoding: 'iso-8859-1',
      delimiter: ';',
      sheet: 'emisiones',
      notes: [],
    });
    expect(result.columns).toEqual([
      { name: 'clave', label: 'Clave', type: 'text', mismatches: 0 },
      { name: 'estado', label: 'Estado', type: 'text', mismatches: 0 },
      { name: 'emision_t', label: 'Emisión (t)', type: 'number', mismatches: 0 },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['MARKERS']);

    const rows = fichaJson<{ rows: unknown[][] }>(['rows', ws, 'emisiones']);
    expect(rows.rows).toEqual([
      ['01', 'Aguascalientes', 1234.5],
      ['02', 'Baja California', 'ND'],
    ]);
  });

  it('takes the name, encoding and delimiter given', () => {
    const ws = workspace();
    const result = fichaJson<ImportResult>([
      'import',
      ws,
      csv,
      '--name',
      'otro',
      '--encoding',
      'cp1252',
      '--delimiter',
      ';',
      '--header-rows',
      '1',
    ]);
    expect(result).toMatchObject({ dataset: 'otro', encoding: 'windows-1252', rows: 2 });
  });

  it('prints a readable summary without --json', () => {
    const ws = workspace();
    const run = ficha(['import', ws, csv]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Imported 2 rows into "emisiones" (3 columns).');
    expect(run.stdout).toContain('emision_t');
    expect(run.stderr).toContain('Emisión (t)');
  });

  it.each([
    ['a missing file', () => path.join(temp.dir, 'no-hay.csv'), 'no-hay.csv'],
    ['an empty file', () => fixture('vacio.csv', ''), 'vacio.csv'],
    [
      'binary junk',
      () =>
        fixture('basura.csv', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 13) % 256))),
      'basura.csv',
    ],
    ['unbalanced quotes', () => fixture('comilla.csv', 'a,b\n1,"2\n3,4\n'), 'row 2'],
    [
      'a cell of megabytes',
      () => fixture('celda.csv', `a,b\n1,${'z'.repeat(1_100_000)}\n`),
      'column 2',
    ],
  ])('exits 2 on %s, names it and leaves the workspace as it was', (_name, make, named) => {
    const ws = workspace();
    const run = ficha(['import', ws, make(), '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(named);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(state(ws)).toEqual({ datasets: 0, integrity: 'ok' });
  });

  it('exits 2 on a bad option', () => {
    const ws = workspace();
    expect(ficha(['import', ws, csv, '--header-rows', 'x-y']).status).toBe(2);
    const run = ficha(['import', ws, csv, '--encoding', 'klingon', '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.code).toBe('ENCODING_UNKNOWN');
  });

  it('is cancelled by Ctrl-C, leaving the workspace as it was', async () => {
    const lines = [
      'id,nombre,valor',
      ...Array.from({ length: 400_000 }, (_, i) => `${i},Nombre ${i},${i}.25`),
    ];
    const big = fixture('grande.csv', lines.join('\n'));
    const ws = workspace();

    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'bin/ficha.js'), 'import', ws, big],
      {
        env: { ...process.env, LANG: 'en_US.UTF-8' },
      },
    );
    let stderr = '';
    let interrupted = false;
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
      if (!interrupted && stderr.includes('rows')) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const status = await new Promise<number | null>((done) => child.on('close', done));

    expect(interrupted).toBe(true);
    expect(status).toBe(2);
    expect(stderr).toContain('cancelled');
    expect(state(ws)).toEqual({ datasets: 0, integrity: 'ok' });
  }, 60_000);
});

describe('ficha original', () => {
  it('writes the imported file back, byte for byte, into a folder under its own name', () => {
    const ws = workspace();
    expect(ficha(['import', ws, csv, '--quiet']).status).toBe(0);
    const out = path.join(temp.dir, `originales-${count}`);
    mkdirSync(out);

    const written = fichaJson<{ file: string; fileName: string; size: number; sha256: string }>([
      'original',
      ws,
      'emisiones',
      '--out',
      out,
    ]);

    expect(written.file).toBe(path.join(out, 'emisiones.csv'));
    expect(readFileSync(written.file).equals(semicolons)).toBe(true);
    expect(written.size).toBe(semicolons.length);
    expect(readdirSync(out)).toEqual(['emisiones.csv']);
  });

  it('names the dataset when it has no such thing, and writes nothing', () => {
    const ws = workspace();
    const out = path.join(temp.dir, 'nada.csv');
    const run = ficha(['original', ws, 'no-existe', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-existe');
    expect(existsSync(out)).toBe(false);
  });
});

describe('ficha inspect', () => {
  it('prints the InspectResult with --json', () => {
    const report = fichaJson<InspectResult>(['inspect', csv]);
    expect(report).toMatchObject({
      format: 'csv',
      encoding: 'iso-8859-1',
      delimiter: ';',
      decimal: ',',
    });
    expect(report.columns.map((c) => c.type)).toEqual(['text', 'text', 'number']);
    expect(report.sample[0]).toEqual(['01', 'Aguascalientes', 1234.5]);
  });

  it('prints a readable report', () => {
    const run = ficha(['inspect', csv]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Encoding: iso-8859-1');
    expect(run.stdout).toContain('Delimiter: ;');
    expect(run.stdout).toContain('emision_t');
    expect(run.stdout).toContain('Aguascalientes');
  });

  it('exits 2 on a missing file', () => {
    const run = ficha(['inspect', path.join(temp.dir, 'nada.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nada.csv');
  });
});
