import { basename, extname, resolve } from 'node:path';
import type { LockHolderInfo, WorkspaceInfo } from '../../../shared/api/workspace';
import { FichaError } from '../../../shared/errors';
import { getDataset, listDatasets } from '../datasets/catalog';
import { columnProfile } from '../datasets/column-profile';
import { deleteDataset } from '../datasets/delete-dataset';
import { describeDataset } from '../datasets/describe-dataset';
import { originalDownload, writeOriginal } from '../datasets/original-file';
import { readRows } from '../datasets/read-rows';
import { isStale, readLock } from '../workspace/lock';
import type { LockHolder } from '../workspace/lock';
import type { Workspace } from '../workspace/workspace';
import type { HandlerMap } from './table';

type WorkspaceRequest =
  | 'workspace.info'
  | 'workspace.takeOver'
  | 'datasets.list'
  | 'dataset.describe'
  | 'dataset.rows'
  | 'dataset.delete'
  | 'dataset.original'
  | 'dataset.originalFile'
  | 'dataset.columnProfile';

/** Handlers for the workspace file and reading its datasets. */
export const workspaceHandlers: HandlerMap<WorkspaceRequest> = {
  'workspace.info': (_params, { workspace, takeOver }) =>
    workspaceInfo(workspace, takeOver !== undefined),
  'workspace.takeOver': ({ since }, { takeOver }) => {
    if (!takeOver) throw new FichaError('TAKE_OVER_REFUSED');
    return workspaceInfo(takeOver(since), true);
  },
  'datasets.list': (_params, { workspace }) => listDatasets(workspace),
  'dataset.describe': ({ dataset }, { workspace }) => describeDataset(workspace, dataset),
  'dataset.rows': ({ dataset, ...query }, { workspace }) =>
    readRows(workspace, getDataset(workspace, dataset), query),
  'dataset.delete': ({ dataset }, { workspace }) => deleteDataset(workspace, dataset),
  'dataset.original': ({ dataset, out }, { workspace, signal }) =>
    writeOriginal(workspace, dataset, resolve(out), signal),
  'dataset.originalFile': ({ dataset }, { workspace }) => originalDownload(workspace, dataset),
  'dataset.columnProfile': ({ dataset, column, top, bins }, { workspace }) =>
    columnProfile(workspace, dataset, column, { top, bins }),
};

/**
 * What a window shows about its open workspace. A reader is told who holds
 * the lock now (read from the lock file, which may have changed since the
 * open), and whether this face may take it over. An editor whose lock was
 * taken over is a reader from then on: dispatch refuses its writes.
 */
export function workspaceInfo(workspace: Workspace, mayTakeOver = false): WorkspaceInfo {
  const count = workspace.db.prepare('SELECT count(*) FROM datasets').pluck().get() as number;
  const readOnly = workspace.readOnly || (workspace.lockTakenBy?.() ?? null) !== null;
  const holder = readOnly ? readLock(workspace.path) : null;
  return {
    path: workspace.path,
    name: basename(workspace.path, extname(workspace.path)),
    schemaVersion: workspace.schemaVersion,
    readOnly,
    lockHolder: holder ? holderInfo(holder) : null,
    canTakeOver: readOnly && mayTakeOver,
    datasets: count,
  };
}

function holderInfo(holder: LockHolder): LockHolderInfo {
  return {
    name: holder.name,
    email: holder.email,
    host: holder.host,
    since: holder.since,
    stale: isStale(holder),
  };
}
