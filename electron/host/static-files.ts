import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { securityHeaders } from './content-security-policy';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The MIME type of a file by its extension; unknown ones download as bytes. */
export function mimeType(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a URL path inside the static root, or null when it would leave
 * it (`..`, encoded separators, NUL bytes, absolute paths).
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  const base = path.resolve(root);
  const target = path.resolve(base, '.' + path.posix.normalize('/' + decoded));
  const inside = target === base || target.startsWith(base + path.sep);
  const climbs = decoded.split('/').includes('..');
  return inside && !climbs ? target : null;
}

/**
 * Serves one file of the built renderer, falling back to index.html for
 * routes of the single-page app (paths without an extension). Returns
 * false when nothing was found so the caller can answer 404.
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
  head: boolean,
  extraHeaders: Record<string, string> = {},
): Promise<'served' | 'forbidden' | 'missing'> {
  const target = resolveInside(root, urlPath);
  if (!target) return 'forbidden';

  let file = await fileAt(target);
  if (!file && path.extname(target) === '') file = await fileAt(path.join(root, 'index.html'));
  if (!file) return 'missing';

  const isIndex = path.basename(file.path) === 'index.html';
  response.writeHead(200, {
    ...securityHeaders,
    ...extraHeaders,
    'Content-Type': mimeType(file.path),
    'Content-Length': String(file.size),
    // Built assets carry a content hash in their names; the page itself does not.
    'Cache-Control': isIndex ? 'no-store' : 'private, max-age=3600',
  });
  if (head) response.end();
  else createReadStream(file.path).pipe(response);
  return 'served';
}

async function fileAt(target: string): Promise<{ path: string; size: number } | null> {
  try {
    const info = await stat(target);
    if (info.isFile()) return { path: target, size: info.size };
    if (info.isDirectory()) return fileAt(path.join(target, 'index.html'));
    return null;
  } catch {
    return null;
  }
}
