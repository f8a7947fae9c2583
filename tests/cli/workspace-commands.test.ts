import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../electron/engine/db/schema';
import { beginDatasetWrite } from '../../electron/engine/datasets/writer';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';
import { openWorkspace } from '../../electron/engine/workspace/open-workspace';
import { sampleColumns, tempFolder } from '../engine/workspace/temp-folder';

const repo = resolve(__dirname, '../..');
const temp = tempFolder('ficha-cli-');
afterAll(temp.cleanup);

/** Runs the built command as a person would, in English unless told otherwise. */
function ficha(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [join(repo, 'bin/ficha.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ws = join(temp.dir, 'datos.ficha');

beforeAll(() => {
  const workspace = createWorkspace(ws, { actor: { name: 'Prueba', email: '' } });
  const writer = beginDatasetWrite(workspace, { columns: sampleColumns });
  writer.insertRows([
    ['01001', 'Aguascalientes', 877190, 12.5, true, '2020-03-15'],
    ['02001', 'Baja California', 3, null, false, null],
    ['03001', 'Baja California Sur', 1, 0.5, true, '2021-01-01'],
  ]);
  writer.commit({
    name: 'estados',
    title: 'Estados',
    notes: ['Fuente: INEGI'],
    columns: sampleColumns.map((c, position) => ({ ...c, position, mismatches: 0 })),
  });
  workspace.close();
});

/** Checks the shape of a refusal: exit 2, one message on stderr naming the file, nothing on stdout. */
function expectRefusal(run: ReturnType<typeof ficha>, file: string, words: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(words);
}

describe('ficha init', () => {
  it('creates a workspace file with the Ficha application id', () => {
    const file = join(temp.dir, 'nuevo.ficha');
    const run = ficha(['init', file, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ workspace: file, schemaVersion: SCHEMA_VERSION });
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('refuses to overwrite an existing file', () => {
    const file = join(temp.dir, 'existente.txt');
    writeFileSync(file, 'no me borres');
    expectRefusal(ficha(['init', file]), file, /already exists/);
  });
});

describe('opening what is not a usable workspace', () => {
  it('refuses an SQLite file of another application', () => {
    const file = join(temp.dir, 'otra.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (a)');
    db.close();
    expectRefusal(ficha(['datasets', file]), file, /not a Ficha workspace/);
  });

  it('refuses a text file', () => {
    const file = join(temp.dir, 'texto.ficha');
    writeFileSync(file, 'a,b\n1,2\n');
    expectRefusal(ficha(['datasets', file]), file, /not a Ficha workspace/);
  });

  it('refuses a workspace written by a newer Ficha', () => {
    const file = join(temp.dir, 'futuro.ficha');
    createWorkspace(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expectRefusal(ficha(['describe', file, 'x']), file, /newer Ficha/);
  });

  it('refuses a missing workspace', () => {
    const file = join(temp.dir, 'no-existe.ficha');
    expectRefusal(ficha(['rows', file, 'x']), file, /does not exist/);
  });

  it('refuses to change a workspace someone else is editing, naming them', () => {
    const file = join(temp.dir, 'ocupado.ficha');
    createWorkspace(file).close();
    const editor = openWorkspace(file, {
      actor: { name: 'Ana Editora', email: 'ana@example.org' },
    });
    try {
      const run = ficha(['delete', file, 'x']);
      expectRefusal(run, file, /Ana Editora/);
      expect(run.stderr).toMatch(/read-only/);
    } finally {
      editor.close();
    }
  });

  it('still lets a reader list the datasets while someone edits', () => {
    const editor = openWorkspace(ws, { actor: { name: 'Ana Editora', email: '' } });
    try {
      expect(ficha(['datasets', ws]).status).toBe(0);
    } finally {
      editor.close();
    }
  });

  it('speaks Spanish when the locale is Spanish', () => {
    const file = join(temp.dir, 'falta.ficha');
    const run = ficha(['datasets', file], { LANG: 'es_MX.UTF-8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No existe el espacio de trabajo');
  });
});

describe('ficha datasets', () => {
  it('lists datasets as JSON', () => {
    const run = ficha(['datasets', ws, '--json']);
    expect(run.status).toBe(0);
    const { datasets } = JSON.parse(run.stdout);
    expect(datasets).toHaveLength(1);
    expect(datasets[0]).toMatchObject({ name: 'estados', title: 'Estados', rows: 3, columns: 6 });
  });

  it('prints an aligned table for people', () => {
    const run = ficha(['datasets', ws]);
    expect(run.status).toBe(0);
    const [header, rule, row] = run.stdout.split('\n');
    expect(header).toMatch(/^name\s+rows\s+columns/);
    expect(rule).toMatch(/^-+\s+-+/);
    expect(row).toMatch(/^estados\s+3\s+6/);
  });
});

describe('ficha describe', () => {
  it('prints the row count and a profile of each column as JSON', () => {
    const run = ficha(['describe', ws, 'estados', '--json']);
    expect(run.status).toBe(0);
    const description = JSON.parse(run.stdout);
    expect(description.rows).toBe(3);
    expect(description.notes).toEqual(['Fuente: INEGI']);
    expect(description.columns[0]).toEqual({
      name: 'clave',
      label: 'Clave',
      type: 'text',
      position: 0,
      mismatches: 0,
      nonEmpty: 3,
      distinct: 3,
      examples: ['01001', '02001', '03001'],
    });
    expect(description.columns[3]).toMatchObject({ name: 'tasa', nonEmpty: 2 });
  });

  it('names a dataset that does not exist', () => {
    const run = ficha(['describe', ws, 'nada']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nada');
  });
});

describe('ficha rows', () => {
  it('prints columns and rows typed as stored', () => {
    const run = ficha(['rows', ws, 'estados', '--json']);
    expect(run.status).toBe(0);
    const window = JSON.parse(run.stdout);
    expect(window.columns).toEqual(['clave', 'estado', 'poblacion', 'tasa', 'activo', 'fecha']);
    expect(window.rows[0]).toEqual(['01001', 'Aguascalientes', 877190, 12.5, true, '2020-03-15']);
    expect(window.rows[1]).toEqual(['02001', 'Baja California', 3, null, false, null]);
    expect(window.total).toBe(3);
  });

  it('prints the window asked for with --offset and --limit', () => {
    const window = JSON.parse(
      ficha(['rows', ws, 'estados', '--offset=1', '--limit', '1', '--json']).stdout,
    );
    expect(window.rows.map((row: unknown[]) => row[0])).toEqual(['02001']);
  });

  it('refuses a limit that is not a number', () => {
    const run = ficha(['rows', ws, 'estados', '--limit', 'mucho']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--limit.*mucho/);
  });

  it('prints an error document on stdout with --json', () => {
    const run = ficha(['rows', ws, 'nada', '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: 'DATASET_NOT_FOUND' });
  });
});

describe('usage errors', () => {
  it('exits 2 on an unknown command or option or a missing argument', () => {
    expect(ficha(['nada']).status).toBe(2);
    expect(ficha(['datasets', ws, '--nada']).stderr).toMatch(/--nada/);
    const missing = ficha(['rows', ws]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/DATASET/);
  });
});
