import type { ReviewRole } from '../../../shared/review/status';
import type { Actor } from '../handlers/context';
import { readSetting } from '../workspace/settings';
import type { Workspace } from '../workspace/workspace';
import type { ReviewedDataset } from './dataset-ref';

/** The workspace setting that lists the data liaisons (names or e-mails). */
export const LIAISONS_SETTING = 'review.liaisons';

function matches(actor: Actor, people: string[]): boolean {
  const keys = [actor.name, actor.email].map((key) => key.trim().toLowerCase()).filter(Boolean);
  return people.some((person) => keys.includes(person.trim().toLowerCase()));
}

/**
 * The role a person plays on a dataset. A liaison is listed in the
 * workspace's settings (when none is listed, anyone may act as one, as in
 * a small area where one person does everything); the author is whoever
 * imported the dataset; anyone else reviews. A person may ask to act as a
 * reviewer or author explicitly, but only listed people act as liaison.
 */
export function resolveRole(
  workspace: Workspace,
  dataset: ReviewedDataset,
  requested?: ReviewRole,
): ReviewRole {
  const liaisons = readSetting<string[]>(workspace, LIAISONS_SETTING) ?? [];
  const isLiaison = liaisons.length === 0 || matches(workspace.actor, liaisons);

  if (requested === 'liaison') return isLiaison ? 'liaison' : defaultRole(workspace.actor, dataset);
  if (requested) return requested;
  if (liaisons.length > 0 && isLiaison) return 'liaison';
  return defaultRole(workspace.actor, dataset);
}

function defaultRole(actor: Actor, dataset: ReviewedDataset): ReviewRole {
  return dataset.createdBy && dataset.createdBy === actor.name ? 'author' : 'reviewer';
}
