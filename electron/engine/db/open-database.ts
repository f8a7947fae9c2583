import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { FichaError } from '../../../shared/errors';
import type { Logger } from '../logger';
import { registerFunctions } from './functions';
import { quickCheck } from './integrity';
import { applyMigrations, backupBeforeMigration } from './migrate';
import { APPLICATION_ID, workspaceMigrations } from './schema';
import type { Migration } from './schema';
import { dropStagingTables } from './staging';

/** How to open a workspace's SQLite file. */
export interface OpenDatabaseOptions {
  readOnly: boolean;
  /** Create a new file (the caller has checked that none exists). */
  create?: boolean;
  logger: Logger;
  /** The migration list; tests pass their own. */
  migrations?: readonly Migration[];
}

/** An open connection and the schema version it is at. */
export interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
  /** Path of the copy taken before migrating, when a migration ran. */
  backup: string | null;
}

const sqliteMagic = Buffer.from('SQLite format 3\u0000', 'latin1');

/**
 * Opens (or creates) a workspace's SQLite file: refuses files that are not
 * SQLite or not Ficha's, and schemas newer than this build; sets the
 * pragmas (WAL, foreign keys, busy timeout, synchronous NORMAL); runs a
 * quick integrity check; migrates forward after taking a copy; drops the
 * staging tables of imports that crashed.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): OpenedDatabase {
  const migrations = options.migrations ?? workspaceMigrations;
  if (!options.create) checkHeader(file);

  const db = new Database(file, { readonly: options.readOnly, fileMustExist: !options.create });
  try {
    return prepare(db, file, options, migrations);
  } catch (error) {
    db.close();
    throw translate(error, file);
  }
}

function prepare(
  db: Database.Database,
  file: string,
  options: OpenDatabaseOptions,
  migrations: readonly Migration[],
): OpenedDatabase {
  // Identify the file before touching it: a foreign file is left unchanged.
  if (options.create) db.pragma(`application_id = ${APPLICATION_ID}`);
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) throw new FichaError('WORKSPACE_NOT_FICHA', { file });
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new FichaError('WORKSPACE_TOO_NEW', { file, version });
  }

  setPragmas(db, options.readOnly);
  const problems = quickCheck(db);
  if (problems.length > 0) {
    throw new FichaError('WORKSPACE_CORRUPT', { file, reason: problems[0] });
  }

  // Migrate forward, keeping a copy of what was there (a new file has nothing).
  let backup: string | null = null;
  if (version < migrations.length) {
    if (options.readOnly) throw new FichaError('WORKSPACE_NEEDS_UPGRADE', { file, version });
    if (!options.create) {
      backup = backupBeforeMigration(db, file, version);
      options.logger.info(`[db] kept a copy of the workspace before migrating`, { backup });
    }
    applyMigrations(db, version, migrations, options.logger);
  }

  if (!options.readOnly) dropStagingTables(db, options.logger);
  registerFunctions(db);
  return { db, schemaVersion: migrations.length, backup };
}

function setPragmas(db: Database.Database, readOnly: boolean): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (!readOnly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
}

/** Refuses, before SQLite sees it, a missing file or one that is not SQLite. */
function checkHeader(file: string): void {
  if (!existsSync(file)) throw new FichaError('WORKSPACE_NOT_FOUND', { file });
  if (!statSync(file).isFile()) throw new FichaError('WORKSPACE_NOT_FICHA', { file });

  const header = Buffer.alloc(sqliteMagic.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(sqliteMagic)) throw new FichaError('WORKSPACE_NOT_FICHA', { file });
}

/** Turns SQLite's own failures on open into the workspace's expected errors. */
function translate(error: unknown, file: string): unknown {
  if (error instanceof FichaError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new FichaError('WORKSPACE_NOT_FICHA', { file });
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new FichaError('WORKSPACE_CORRUPT', { file, reason: (error as Error).message });
  }
  return error;
}
