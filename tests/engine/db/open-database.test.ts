import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../electron/engine/db/integrity';
import {
  APPLICATION_ID,
  SCHEMA_VERSION,
  workspaceMigrations,
} from '../../../electron/engine/db/schema';
import { quoteIdent } from '../../../electron/engine/db/quote';
import { transaction } from '../../../electron/engine/db/transaction';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import { tempFolder } from '../workspace/temp-folder';

const temp = tempFolder();
afterAll(temp.cleanup);

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('quoteIdent', () => {
  it('wraps names in double quotes and doubles the quotes inside', () => {
    expect(quoteIdent('estado')).toBe('"estado"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });

  it('makes hostile column names safe to use as identifiers', () => {
    const db = new Database(':memory:');
    const name = 'x"); DROP TABLE t; --';
    db.exec(`CREATE TABLE t (${quoteIdent(name)})`);
    db.prepare(`INSERT INTO t (${quoteIdent(name)}) VALUES (1)`).run();
    expect(db.prepare(`SELECT ${quoteIdent(name)} AS v FROM t`).get()).toEqual({ v: 1 });
  });
});

describe('transaction', () => {
  it('rolls back everything when the function throws', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (a)');
    expect(() =>
      transaction(db, () => {
        db.prepare('INSERT INTO t VALUES (1)').run();
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
  });
});

describe('opening a workspace file', () => {
  it('creates a WAL file with the Ficha application id and the current schema', () => {
    const file = join(temp.dir, 'new.ficha');
    createWorkspace(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('sets foreign keys and a busy timeout on the connection', () => {
    const ws = createWorkspace(join(temp.dir, 'pragmas.ficha'));
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(1);
    ws.close();
  });

  it('refuses to overwrite an existing file', () => {
    const file = join(temp.dir, 'exists.ficha');
    writeFileSync(file, 'keep me');
    expect(errorCode(() => createWorkspace(file))).toBe('WORKSPACE_EXISTS');
  });

  it('refuses a missing file', () => {
    expect(errorCode(() => openWorkspace(join(temp.dir, 'missing.ficha')))).toBe(
      'WORKSPACE_NOT_FOUND',
    );
  });

  it('refuses a text file without touching it', () => {
    const file = join(temp.dir, 'notes.ficha');
    writeFileSync(file, 'estado,poblacion\nAguascalientes,1\n');
    expect(errorCode(() => openWorkspace(file))).toBe('WORKSPACE_NOT_FICHA');
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses an SQLite file of another application and leaves it unchanged', () => {
    const file = join(temp.dir, 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (a)');
    db.close();
    expect(errorCode(() => openWorkspace(file))).toBe('WORKSPACE_NOT_FICHA');
    const again = new Database(file, { readonly: true });
    expect(again.pragma('journal_mode', { simple: true })).toBe('delete');
    again.close();
  });

  it('refuses a workspace written by a newer schema', () => {
    const file = join(temp.dir, 'newer.ficha');
    createWorkspace(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(errorCode(() => openWorkspace(file))).toBe('WORKSPACE_TOO_NEW');
  });

  it('reports a damaged file as corrupt', () => {
    const file = join(temp.dir, 'damaged.ficha');
    const ws = createWorkspace(file);
    ws.db.exec('CREATE TABLE filler (a)');
    const insert = ws.db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();

    const bytes = readFileSync(file);
    bytes.fill(0xab, 4096 * 3, 4096 * 6);
    writeFileSync(file, bytes);
    expect(errorCode(() => openWorkspace(file))).toBe('WORKSPACE_CORRUPT');
  });
});

describe('migrating a workspace', () => {
  it('migrates a version 0 file forward and keeps a copy of it first', () => {
    const file = join(temp.dir, 'v0.ficha');
    const old = new Database(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.exec("CREATE TABLE legacy (note TEXT); INSERT INTO legacy VALUES ('antes')");
    old.close();

    const ws = openWorkspace(file);
    expect(ws.schemaVersion).toBe(SCHEMA_VERSION);
    expect(ws.backup).toBe(`${file}.bak-v0`);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(ws.db.prepare('SELECT count(*) FROM datasets').pluck().get()).toBe(0);
    ws.close();

    const copy = new Database(`${file}.bak-v0`, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    expect(copy.prepare('SELECT note FROM legacy').pluck().get()).toBe('antes');
    copy.close();
  });

  it('runs a later migration on open and keeps the data of the earlier version', () => {
    const file = join(temp.dir, 'v1.ficha');
    const ws = createWorkspace(file);
    ws.db.prepare("INSERT INTO settings VALUES ('k', '\"v\"')").run();
    ws.close();

    const next = [
      ...workspaceMigrations,
      (db: Database.Database) => db.exec('CREATE TABLE extra (a)'),
    ];
    const migrated = openWorkspace(file, { migrations: next });
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION + 1);
    expect(migrated.backup).toBe(`${file}.bak-v${SCHEMA_VERSION}`);
    expect(migrated.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('k')).toBe(
      '"v"',
    );
    expect(integrityCheck(migrated.db)).toEqual([]);
    migrated.close();
    expect(errorCode(() => openWorkspace(file))).toBe('WORKSPACE_TOO_NEW');
  });

  it('leaves the file at the old version when a migration fails', () => {
    const file = join(temp.dir, 'failing.ficha');
    createWorkspace(file).close();
    const broken = [
      ...workspaceMigrations,
      (db: Database.Database) => {
        db.exec('CREATE TABLE half (a)');
        throw new Error('migration bug');
      },
    ];
    expect(() => openWorkspace(file, { migrations: broken })).toThrow('migration bug');
    const ws = openWorkspace(file);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(ws.db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'half'").get()).toBeUndefined();
    ws.close();
  });
});
