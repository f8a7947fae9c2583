import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders } from '../host/content-security-policy';
import { mimeType, resolveInside } from '../host/static-files';

/**
 * Declares app:// before the app is ready: a standard, secure scheme, so
 * the renderer is served from a real origin (not file://) and gets the
 * same Content-Security-Policy header as in the web host.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer under app://ficha/, falling back to index.html. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const target = url.host === 'ficha' ? resolveInside(rendererDir, url.pathname) : null;
    if (!target) return new Response('Forbidden', { status: 403 });

    const file = path.extname(target) === '' ? path.join(rendererDir, 'index.html') : target;
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': mimeType(file) },
    });
  });
}
