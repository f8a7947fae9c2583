import type Database from 'better-sqlite3';

/**
 * Runs SQLite's fast structural check (PRAGMA quick_check) and returns the
 * problems found; an empty list means the file is sound.
 */
export function quickCheck(db: Database.Database): string[] {
  return problems(db.pragma('quick_check') as Record<string, string>[]);
}

/**
 * Runs the full PRAGMA integrity_check (indexes against tables too), which
 * reads the whole file; for tests and an explicit "check workspace" action.
 */
export function integrityCheck(db: Database.Database): string[] {
  return problems(db.pragma('integrity_check') as Record<string, string>[]);
}

function problems(rows: Record<string, string>[]): string[] {
  const messages = rows.map((row) => String(Object.values(row)[0]));
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}
