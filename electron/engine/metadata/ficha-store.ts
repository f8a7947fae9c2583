import type { FichaRecord } from '../../../shared/api/metadata';
import { autofillFicha } from '../../../shared/metadata/autofill';
import { fichaSchema } from '../../../shared/metadata/model';
import type { Ficha } from '../../../shared/metadata/model';
import { getDataset } from '../datasets/catalog';
import type { DatasetRecord } from '../datasets/catalog';
import { transaction } from '../db/transaction';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';
import { autofillInput } from './fill-input';

interface StoredRow {
  ficha: string;
  updated_at: string;
  updated_by: string;
}

/** Reads the stored ficha of a dataset, without auto-filling; null when never saved. */
export function readStoredFicha(workspace: Workspace, datasetId: string): Ficha | null {
  const row = readRow(workspace, datasetId);
  return row ? parseStored(workspace, row.ficha) : null;
}

/**
 * A dataset's ficha as the form shows it: the stored one brought up to
 * date with the table (columns, coverage) and the defaults, values a person
 * typed kept. Nothing is written; saving is explicit.
 */
export function getFicha(workspace: Workspace, dataset: string): FichaRecord {
  const record = getDataset(workspace, dataset);
  const row = readRow(workspace, record.id);
  const stored = row ? parseStored(workspace, row.ficha) : null;
  const { ficha, embedded } = autofillFicha(stored, autofillInput(workspace, record));
  return {
    dataset: record.name,
    ficha,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
    embedded,
  };
}

/**
 * Saves a whole ficha a person edited. Fields whose value differs from the
 * auto-filled one are marked as the person's, so auto-fill keeps them.
 */
export function saveFicha(workspace: Workspace, dataset: string, ficha: Ficha): FichaRecord {
  const record = getDataset(workspace, dataset);
  const current = getFicha(workspace, record.name).ficha;
  const next = fichaSchema.parse(ficha);
  for (const path of changedPaths(current, next)) next.sources[path] = 'person';
  writeFicha(workspace, record, next, 'metadata.set');
  return getFicha(workspace, record.name);
}

/** Re-runs auto-fill and saves the result; `overwrite` also replaces what a person typed. */
export function refillFicha(
  workspace: Workspace,
  dataset: string,
  overwrite: boolean,
): FichaRecord {
  const record = getDataset(workspace, dataset);
  const stored = readStoredFicha(workspace, record.id);
  const { ficha } = autofillFicha(stored, autofillInput(workspace, record), overwrite);
  writeFicha(workspace, record, ficha, 'metadata.refill');
  return getFicha(workspace, record.name);
}

/** Writes a ficha in one transaction with an audit entry naming the changed fields. */
export function writeFicha(
  workspace: Workspace,
  record: DatasetRecord,
  ficha: Ficha,
  action: string,
): void {
  const value = fichaSchema.parse(ficha);
  const before = readStoredFicha(workspace, record.id);
  const fields = before ? changedPaths(before, value) : ['*'];
  transaction(workspace.db, () => {
    workspace.db
      .prepare(
        `INSERT INTO fichas (dataset_id, ficha, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (dataset_id) DO UPDATE SET ficha = excluded.ficha,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(record.id, JSON.stringify(value), new Date().toISOString(), workspace.actor.name);
    recordAudit(workspace, { action, datasetId: record.id, detail: { fields } });
  });
  workspace.logger.info(`[metadata] saved the ficha of ${record.name} (${fields.length} fields)`);
}

/**
 * The field paths whose values differ between two fichas: top-level fields,
 * one level into objects (contact.email), and dictionary entries by name.
 */
export function changedPaths(before: Ficha, after: Ficha): string[] {
  const paths: string[] = [];
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (key === 'sources' || key === 'dictionary') continue;
    const x = a[key];
    const y = b[key];
    if (isPlainObject(x) && isPlainObject(y) && key !== 'spatial') {
      for (const inner of Object.keys(y)) {
        if (!same(x[inner], y[inner])) paths.push(`${key}.${inner}`);
      }
    } else if (!same(x, y)) {
      paths.push(key);
    }
  }
  const old = new Map(before.dictionary.map((e) => [e.name, e]));
  for (const entry of after.dictionary) {
    if (!same(old.get(entry.name), entry)) paths.push(`dictionary.${entry.name}`);
  }
  return paths;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function readRow(workspace: Workspace, datasetId: string): StoredRow | undefined {
  return workspace.db
    .prepare('SELECT ficha, updated_at, updated_by FROM fichas WHERE dataset_id = ?')
    .get(datasetId) as StoredRow | undefined;
}

function parseStored(workspace: Workspace, text: string): Ficha {
  const parsed = fichaSchema.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  workspace.logger.warn('[metadata] a stored ficha does not fit the model; auto-filling it again');
  return fichaSchema.parse({});
}
