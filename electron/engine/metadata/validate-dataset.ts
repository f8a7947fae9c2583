import { readFileSync } from 'node:fs';
import type { DatasetValidation } from '../../../shared/api/metadata';
import { FichaError } from '../../../shared/errors';
import { validate } from '../../../shared/validation/engine';
import type { Profile } from '../../../shared/validation/profile';
import { builtinProfile, builtinProfiles, parseProfile } from '../../../shared/validation/profiles';
import type { ValidationSubject } from '../../../shared/validation/types';
import { getDataset, listDatasets } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';
import { getFicha } from './ficha-store';
import { perRevision } from './revision-cache';
import { computeTableFacts } from './table-facts';

/** Which profiles to run and whether to compute the table's facts. */
export interface ValidateOptions {
  profiles?: string[];
  profileFile?: string;
  fichaOnly?: boolean;
  /** Now as ISO 8601; tests pin it. */
  now?: string;
}

/**
 * Validates a dataset: its ficha, its columns and (unless `fichaOnly`) the
 * data-quality facts of its table computed in SQLite, against the named
 * profiles (every shipped one by default) and an institution's profile file.
 */
export function validateDataset(
  workspace: Workspace,
  dataset: string,
  options: ValidateOptions = {},
): DatasetValidation {
  const started = Date.now();
  const record = getDataset(workspace, dataset);
  const profiles = selectProfiles(options);
  const now = options.now ?? new Date().toISOString();

  // The facts first: their scan leaves auto-fill the value lists it reads.
  const table = options.fichaOnly
    ? undefined
    : perRevision(workspace.db, record, 'facts', () => computeTableFacts(workspace, record));
  const subject: ValidationSubject = {
    dataset: record.name,
    ficha: getFicha(workspace, record.name).ficha,
    columns: record.columns.map((c) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      mismatches: c.mismatches,
    })),
    table,
    siblings: listDatasets(workspace).map((d) => ({
      name: d.name,
      title: siblingTitle(workspace, d.name),
    })),
    now,
  };

  const report = validate(subject, profiles);
  workspace.logger.info(
    `[metadata] validated ${record.name} in ${Date.now() - started} ms: ` +
      `${report.counts.error} errors, ${report.counts.warning} warnings`,
  );
  return { dataset: record.name, checkedAt: now, ...report };
}

function selectProfiles(options: ValidateOptions): Profile[] {
  const named = options.profiles?.length
    ? options.profiles.map((id) => builtinProfile(id))
    : options.profileFile
      ? []
      : [...builtinProfiles];
  if (!options.profileFile) return named;
  return [...named, readProfileFile(options.profileFile)];
}

/** Reads an institution's profile JSON file. */
export function readProfileFile(file: string): Profile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new FichaError('FILE_NOT_FOUND', { file });
  }
  try {
    return parseProfile(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof FichaError) throw error;
    throw new FichaError('FILE_UNREADABLE', { file, reason: 'it is not valid JSON' });
  }
}

/** The title another dataset shows: its saved ficha's, else its catalog title. */
function siblingTitle(workspace: Workspace, name: string): string {
  const row = workspace.db
    .prepare(
      `SELECT json_extract(f.ficha, '$.title') FROM fichas f JOIN datasets d ON d.id = f.dataset_id
       WHERE d.name = ?`,
    )
    .pluck()
    .get(name) as string | undefined;
  if (row) return row;
  return (
    (workspace.db
      .prepare('SELECT title FROM datasets WHERE name = ?')
      .pluck()
      .get(name) as string) ?? ''
  );
}
