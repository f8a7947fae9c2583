import type { Session, WebContents } from 'electron';
import type { Logger } from '../engine/logger';
import { contentSecurityPolicy } from '../host/content-security-policy';

/** The scheme and host the built renderer is served from. */
export const appOrigin = 'app://ficha';

/**
 * Tells whether a URL is the app's own page: the app:// origin, or the
 * development server that electron-vite started (only in development).
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  if (url.startsWith(`${appOrigin}/`)) return true;
  return devServerUrl !== undefined && origin === new URL(devServerUrl).origin;
}

/**
 * Locks down any web contents the app creates: no navigation away from
 * the page, no new windows (https links go to the system browser), no
 * <webview>. Applied from 'web-contents-created', so nothing escapes it.
 */
export function hardenContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  logger: Logger,
): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    logger.warn('[security] refused a navigation', { scheme: schemeOf(url) });
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('[security] refused to attach a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (schemeOf(url) === 'https:') openExternal(url);
    else logger.warn('[security] refused to open a window', { scheme: schemeOf(url) });
    return { action: 'deny' };
  });
}

/** Refuses every permission a page may ask for (camera, notifications, …). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Adds the Content-Security-Policy header to every response the session loads. */
export function enforceContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
}

function schemeOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return 'invalid';
  }
}
