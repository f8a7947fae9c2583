import type { ParamsIn, RequestName, ResultOf } from '../../shared/api';
import { FichaError } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';
import { dispatch } from '../engine/dispatch';
import type { HandlerContext } from '../engine/handlers/context';
import { defaultActor } from '../engine/workspace/actor';
import { openWorkspace } from '../engine/workspace/open-workspace';
import type { OpenWorkspaceOptions } from '../engine/workspace/open-workspace';
import type { Workspace } from '../engine/workspace/workspace';
import type { CommandContext } from './command';

/** An open workspace and a way to run requests of the contract on it. */
export interface WorkspaceSession {
  readonly workspace: Workspace;
  /** Dispatches a request; returns its value or throws its FichaError. */
  call<K extends RequestName>(name: K, params: ParamsIn<K>): Promise<ResultOf<K>>;
}

/**
 * Opens a workspace for one command, runs `work` with a session that
 * dispatches through the engine's handler table (the same path as the app),
 * and always closes it. The actor comes from FICHA_USER / FICHA_EMAIL or
 * the system user. Reading commands pass `readOnly: true`, which works
 * while someone else edits.
 */
export async function withWorkspace<T>(
  context: CommandContext,
  file: string,
  options: Pick<OpenWorkspaceOptions, 'readOnly' | 'ifLocked' | 'takeOverStaleLock'>,
  work: (session: WorkspaceSession) => Promise<T>,
): Promise<T> {
  const actor = defaultActor(context.env);
  const workspace = openWorkspace(file, { ...options, actor, logger: context.logger });
  const handlerContext: HandlerContext = {
    workspace,
    actor,
    logger: context.logger,
    signal: context.signal,
    progress: context.progress,
  };

  const session: WorkspaceSession = {
    workspace,
    async call(name, params) {
      const result = await dispatch(name, params, handlerContext, { readOnly: workspace.readOnly });
      if (!result.ok) throw new FichaError(result.error.code as ErrorCode, result.error.detail);
      return result.value as ResultOf<typeof name>;
    },
  };

  try {
    return await work(session);
  } finally {
    context.progress.done();
    workspace.close();
  }
}
