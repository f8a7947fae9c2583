import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Logger } from '../logger';
import { quoteLiteral } from './quote';
import type { Migration } from './schema';

/**
 * Copies the database to `<file>.bak-v<version>` with VACUUM INTO, which
 * writes a consistent snapshot even in WAL mode. Returns the copy's path.
 * An existing copy is never overwritten: a numeric suffix is added instead.
 */
export function backupBeforeMigration(
  db: Database.Database,
  file: string,
  version: number,
): string {
  let target = `${file}.bak-v${version}`;
  for (let n = 1; existsSync(target); n++) target = `${file}.bak-v${version}.${n}`;
  db.exec(`VACUUM INTO ${quoteLiteral(target)}`);
  return target;
}

/**
 * Applies the migrations from the file's version up to the latest, each in
 * its own transaction together with the new user_version, so that a crash
 * leaves the file at a whole version.
 */
export function applyMigrations(
  db: Database.Database,
  from: number,
  migrations: readonly Migration[],
  logger: Logger,
): void {
  for (let version = from; version < migrations.length; version++) {
    const started = Date.now();
    const step = db.transaction(() => {
      migrations[version](db);
      db.pragma(`user_version = ${version + 1}`);
    });
    step.immediate();
    logger.info(`[db] migrated the schema from version ${version} to ${version + 1}`, {
      ms: Date.now() - started,
    });
  }
}
