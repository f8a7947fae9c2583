import { basename, extname } from 'node:path';
import type { WorkspaceInfo } from '../../../shared/api/workspace';
import { getDataset, listDatasets } from '../datasets/catalog';
import { columnProfile } from '../datasets/column-profile';
import { deleteDataset } from '../datasets/delete-dataset';
import { describeDataset } from '../datasets/describe-dataset';
import { readRows } from '../datasets/read-rows';
import type { Workspace } from '../workspace/workspace';
import type { HandlerMap } from './table';

type WorkspaceRequest =
  | 'workspace.info'
  | 'datasets.list'
  | 'dataset.describe'
  | 'dataset.rows'
  | 'dataset.delete'
  | 'dataset.columnProfile';

/** Handlers for the workspace file and reading its datasets. */
export const workspaceHandlers: HandlerMap<WorkspaceRequest> = {
  'workspace.info': (_params, { workspace }) => workspaceInfo(workspace),
  'datasets.list': (_params, { workspace }) => listDatasets(workspace),
  'dataset.describe': ({ dataset }, { workspace }) => describeDataset(workspace, dataset),
  'dataset.rows': ({ dataset, ...query }, { workspace }) =>
    readRows(workspace, getDataset(workspace, dataset), query),
  'dataset.delete': ({ dataset }, { workspace }) => deleteDataset(workspace, dataset),
  'dataset.columnProfile': ({ dataset, column, top, bins }, { workspace }) =>
    columnProfile(workspace, dataset, column, { top, bins }),
};

/** What a window shows about its open workspace. */
export function workspaceInfo(workspace: Workspace): WorkspaceInfo {
  const count = workspace.db.prepare('SELECT count(*) FROM datasets').pluck().get() as number;
  return {
    path: workspace.path,
    name: basename(workspace.path, extname(workspace.path)),
    schemaVersion: workspace.schemaVersion,
    readOnly: workspace.readOnly,
    lockHolder: workspace.lockHolder
      ? { name: workspace.lockHolder.name, since: workspace.lockHolder.since }
      : null,
    datasets: count,
  };
}
