import type { Workspace } from '../workspace/workspace';

/** Column names that would shadow SQLite's row id, on which row order and row ids rely. */
export const reservedColumnNames: ReadonlySet<string> = new Set(['rowid', 'oid', '_rowid_']);

/** What a dataset name must look like: lowercase ASCII letters, digits, `_` and `-`. */
export const datasetNamePattern = /^[a-z0-9][a-z0-9_-]{0,99}$/;

/**
 * Turns a file name or title into a dataset name: accents removed,
 * lowercase ASCII, runs of other characters as one `-`, at most 100
 * characters; "Población 2020 (CONAPO).xlsx" gives "poblacion-2020-conapo".
 * Pass a name without its extension.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ñ/gi, 'n')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 100)
    .replace(/[-_]+$/, '');
  return slug || 'datos';
}

/**
 * A dataset name derived from `text` that no dataset of the workspace uses
 * yet: the slug, or the slug with `-2`, `-3`… appended.
 */
export function uniqueDatasetName(workspace: Workspace, text: string): string {
  const base = slugify(text);
  const taken = workspace.db.prepare('SELECT 1 FROM datasets WHERE name = ?').pluck();
  if (!taken.get(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 95)}-${n}`;
    if (!taken.get(candidate)) return candidate;
  }
}
