import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { api } from '../../shared/api';
import type { ParamsIn, RequestName, ResultOf } from '../../shared/api';
import { FichaError } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';
import { dispatch } from '../engine/dispatch';
import type { HandlerContext } from '../engine/handlers/context';
import { createEngineClient } from '../engine/jobs/engine-client';
import { defaultActor } from '../engine/workspace/actor';
import { openWorkspace } from '../engine/workspace/open-workspace';
import type { OpenWorkspaceOptions } from '../engine/workspace/open-workspace';
import type { Workspace } from '../engine/workspace/workspace';
import { isStale, readLock } from '../engine/workspace/lock';
import type { CommandContext } from './command';

/** A way to run requests of the contract on an open workspace. */
export interface RequestSession {
  /** Dispatches a request; returns its value or throws its FichaError. */
  call<K extends RequestName>(name: K, params: ParamsIn<K>): Promise<ResultOf<K>>;
}

/** An open workspace in this thread and a way to run requests of the contract on it. */
export interface WorkspaceSession extends RequestSession {
  readonly workspace: Workspace;
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

/**
 * Like withWorkspace, for commands that stream a whole table (import,
 * update): the workspace is opened in the engine's worker thread, as the
 * desktop app and `ficha serve` open it, whose young generation is sized
 * for streaming (thread-limits.ts). Progress comes back as job events and
 * Ctrl-C cancels the job. Runs in this thread when the worker is not built
 * beside this code (the CLI run from its TypeScript source in tests).
 */
export async function withEngineThread<T>(
  context: CommandContext,
  file: string,
  options: SessionOptions,
  work: (session: RequestSession) => Promise<T>,
): Promise<T> {
  const workerPath = path.join(__dirname, 'worker.cjs');
  if (!existsSync(workerPath)) return withWorkspace(context, file, options, work);

  const actor = defaultActor(context.env);
  const takeOver = context.options.boolean('take-over') && !options.readOnly;
  if (takeOver) warnTakeOver(context, file);
  const engine = await createEngineClient({
    workerPath,
    logger: context.logger,
    workspacePath: file,
    readOnly: options.readOnly ?? false,
    actor,
    ifLocked: options.ifLocked,
    takeOverStaleLock: options.takeOverStaleLock,
    takeOverAnyLock: takeOver,
  });

  const session: RequestSession = {
    async call(name, params) {
      const jobId = api[name].long ? randomUUID() : null;
      const stopProgress = engine.onProgress((event) => {
        if (event.jobId === jobId) context.progress(event.progress);
      });
      const cancel = () => {
        if (jobId) engine.cancel(jobId);
      };
      context.signal.addEventListener('abort', cancel, { once: true });
      try {
        const result = await engine.call(name, jobId ? { ...params, jobId } : params);
        if (!result.ok) throw new FichaError(result.error.code as ErrorCode, result.error.detail);
        return result.value as ResultOf<typeof name>;
      } finally {
        context.signal.removeEventListener('abort', cancel);
        stopProgress();
      }
    },
  };

  try {
    return await work(session);
  } finally {
    context.progress.done();
    await engine.close();
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
