import { ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { errorData } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { Engine } from '../engine/jobs/engine';
import type { Logger } from '../engine/logger';
import type { Language } from '../preload/bridge';
import { channels } from '../preload/bridge';

/** What the IPC handlers need from the rest of the main process. */
export interface IpcDependencies {
  /** The engine of the window a call came from, if it has one. */
  engineFor(contents: WebContents): Engine | null;
  isAppUrl(url: string): boolean;
  setLanguage(language: Language): void;
  logger: Logger;
}

/**
 * Tells whether an IPC message comes from the top frame of one of our own
 * pages, never from a frame of another origin or an embedded one.
 */
export function isTrustedSender(
  event: IpcMainEvent | IpcMainInvokeEvent,
  isAppUrl: (url: string) => boolean,
) {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** Answers one `ficha:call`: sender checked, then the engine's dispatch validates. */
export async function handleCall(
  event: IpcMainInvokeEvent,
  name: unknown,
  params: unknown,
  deps: IpcDependencies,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, deps.isAppUrl)) {
    deps.logger.warn('[ipc] refused a call from a frame that is not the app');
    return { ok: false, error: errorData('HOST_REFUSED', { reason: 'untrusted sender' }) };
  }

  const engine = deps.engineFor(event.sender);
  if (!engine || typeof name !== 'string') {
    return { ok: false, error: errorData('REQUEST_UNKNOWN', { request: String(name) }) };
  }
  return engine.call(name, params);
}

/** Registers the one generic call channel and the language message. */
export function registerIpc(deps: IpcDependencies): void {
  ipcMain.handle(channels.call, (event, name: unknown, params: unknown) =>
    handleCall(event, name, params, deps),
  );

  ipcMain.on(channels.language, (event, language: unknown) => {
    if (!isTrustedSender(event, deps.isAppUrl)) return;
    if (language === 'es' || language === 'en') deps.setLanguage(language);
  });
}
