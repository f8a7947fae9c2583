import type { FichaBridge } from '../../electron/preload/bridge';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { FichaTransport } from './transport';

declare global {
  interface Window {
    /** Present in the desktop app only, exposed by the preload script. */
    ficha?: FichaBridge;
  }
}

const tokenKey = 'ficha-token';
let chosen: FichaTransport | null = null;

/**
 * The transport for this page: IPC when the preload bridge is there (the
 * desktop app), HTTP against the page's own origin otherwise (`ficha
 * serve`), with the token from the page's URL. The token is kept for the
 * tab's session so that a reload of a URL without it keeps working.
 */
export function getTransport(): FichaTransport {
  if (chosen) return chosen;
  if (window.ficha) {
    chosen = ipcTransport(window.ficha);
    return chosen;
  }

  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) window.sessionStorage.setItem(tokenKey, fromUrl);
  const token = fromUrl ?? window.sessionStorage.getItem(tokenKey) ?? '';
  chosen = httpTransport(window.location.origin, token);
  return chosen;
}

export { httpTransport } from './http-transport';
export { ipcTransport } from './ipc-transport';
export type { FichaTransport, Language, MenuEvent, UploadedFile } from './transport';
