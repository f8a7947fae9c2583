import type { Workspace } from './workspace';

/** Reads a workspace setting (stored as JSON); undefined when absent. */
export function readSetting<T = unknown>(workspace: Workspace, key: string): T | undefined {
  const text = workspace.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  return typeof text === 'string' ? (JSON.parse(text) as T) : undefined;
}

/** Writes a workspace setting as JSON, replacing any previous value. */
export function writeSetting(workspace: Workspace, key: string, value: unknown): void {
  workspace.db
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ' +
        'ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(key, JSON.stringify(value));
}
