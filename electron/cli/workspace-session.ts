import type { ParamsIn, RequestName, ResultOf } from '../../shared/api';
import { FichaError } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';
import { dispatch } from '../engine/dispatch';
import type { HandlerContext } from '../engine/handlers/context';
import { defaultActor } from '../engine/workspace/actor';
import { openWorkspace } from '../engine/workspace/open-workspace';
import type { OpenWorkspaceOptions } from '../engine/workspace/open-workspace';
import type { Workspace } from '../engine/workspace/workspace';
import { isStale, readLock } from '../engine/workspace/lock';
import type { CommandContext } from './command';

/** An open workspace and a way to run requests of the contract on it. */
export interface WorkspaceSession {
  readonly workspace: Workspace;
  /** Dispatches a request; returns its value or throws its FichaError. */
  call<K extends RequestName>(name: K, params: ParamsIn<K>): Promise<ResultOf<K>>;
}

/** How a command opens its workspace. */
type SessionOptions = Pick<OpenWorkspaceOptions, 'readOnly' | 'ifLocked' | 'takeOverStaleLock'>;

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
  options: SessionOptions,
  work: (session: WorkspaceSession) => Promise<T>,
): Promise<T> {
  const actor = defaultActor(context.env);
  const takeOver = context.options.boolean('take-over') && !options.readOnly;
  if (takeOver) warnTakeOver(context, file);
  const workspace = openWorkspace(file, {
    ...options,
    takeOverAnyLock: takeOver,
    actor,
    logger: context.logger,
  });
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

/** Says whose lock --take-over is about to take, so the person knows what they did. */
function warnTakeOver(context: CommandContext, file: string): void {
  const holder = readLock(file);
  if (!holder) return;
  const who = holder.email ? `${holder.name} <${holder.email}>` : holder.name;
  const alive = isStale(holder) ? '' : ' (parece seguir abierto / it may still be open)';
  context.io.say({
    es: `Atención: se toma el candado de ${who} (${holder.host}, desde ${holder.since})${alive}. Si esa persona sigue editando, sus cambios pueden perderse.`,
    en: `Warning: taking over the lock of ${who} (${holder.host}, since ${holder.since})${alive}. If they are still editing, their changes may be lost.`,
  });
}
