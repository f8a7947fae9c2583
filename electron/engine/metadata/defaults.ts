import { workspaceDefaultsSchema } from '../../../shared/metadata/model';
import type { WorkspaceDefaults } from '../../../shared/metadata/model';
import { recordAudit } from '../workspace/audit';
import { readSetting, writeSetting } from '../workspace/settings';
import type { Workspace } from '../workspace/workspace';
import { transaction } from '../db/transaction';
import { DEFAULTS_SETTING } from './schema';

/** The workspace's metadata defaults; empty ones when never set. */
export function readDefaults(workspace: Workspace): WorkspaceDefaults {
  const stored = readSetting(workspace, DEFAULTS_SETTING);
  const parsed = workspaceDefaultsSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  workspace.logger.warn('[metadata] stored defaults do not fit the model; using empty ones');
  return workspaceDefaultsSchema.parse({});
}

/** Replaces the workspace's metadata defaults. */
export function writeDefaults(
  workspace: Workspace,
  defaults: WorkspaceDefaults,
): WorkspaceDefaults {
  const value = workspaceDefaultsSchema.parse(defaults);
  transaction(workspace.db, () => {
    writeSetting(workspace, DEFAULTS_SETTING, value);
    recordAudit(workspace, { action: 'defaults.set' });
  });
  return value;
}
