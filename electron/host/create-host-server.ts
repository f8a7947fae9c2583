import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Engine } from '../engine/jobs/engine';
import type { Logger } from '../engine/logger';
import {
  cookieName,
  headerToken,
  hostAllowed,
  newToken,
  originAllowed,
  readCookie,
  tokenCookie,
  tokenMatches,
} from './access';
import type { ApiContext } from './api-routes';
import { handleCall, handleEvents, handleUpload, sendJson } from './api-routes';
import { serveStatic } from './static-files';
import { UploadStore } from './uploads';

/** How to serve one engine over HTTP. */
export interface HostServerOptions {
  engine: Engine;
  /** The built renderer (out/renderer). */
  staticDir: string;
  logger: Logger;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  readOnly?: boolean;
  /** Directories whose files requests may name by path (besides uploads). */
  allowedDirs?: string[];
  maxUploadBytes?: number;
  /** A fixed token, for tests; a random one otherwise. */
  token?: string;
}

/** A running host. */
export interface Host {
  /** The address to open, token included. */
  url: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** The only address the host listens on. */
export const loopback = '127.0.0.1';

/**
 * Serves the renderer and the engine's API on 127.0.0.1. Every API request
 * must carry the run's token in a header (or, for the event stream that a
 * browser cannot add headers to, in the query); pages are served to a URL
 * carrying the token, which also sets a same-site cookie for later loads.
 */
export async function createHostServer(options: HostServerOptions): Promise<Host> {
  const token = options.token ?? newToken();
  const uploads = new UploadStore(options.maxUploadBytes ?? 2 * 1024 ** 3);
  const streams = new Set<ServerResponse>();
  let port = 0;

  const context: ApiContext = {
    engine: options.engine,
    uploads,
    readOnly: options.readOnly ?? false,
    allowedDirs: options.allowedDirs ?? [],
    logger: options.logger,
    streams,
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      options.logger.error('[host] a request failed unexpectedly', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false });
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse) {
    if (!hostAllowed(request, port)) return refuse(response, 403, 'Host not allowed');

    const url = new URL(request.url ?? '/', `http://${loopback}:${port}`);
    if (url.pathname.startsWith('/api/')) return routeApi(url, request, response);
    return routeStatic(url, request, response);
  }

  async function routeApi(url: URL, request: IncomingMessage, response: ServerResponse) {
    if (!originAllowed(request, port)) return refuse(response, 403, 'Origin not allowed');

    const isEvents = url.pathname === '/api/events' && request.method === 'GET';
    const presented = headerToken(request) ?? (isEvents ? url.searchParams.get('token') : null);
    if (!tokenMatches(presented, token)) return refuse(response, 401, 'Token required');

    if (isEvents) return handleEvents(response, context);
    if (request.method !== 'POST') return refuse(response, 405, 'Method not allowed');
    if (url.pathname === '/api/upload') return handleUpload(url, request, response, context);
    if (url.pathname.startsWith('/api/call/')) {
      const name = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      return handleCall(name, request, response, context);
    }
    return refuse(response, 404, 'Not found');
  }

  async function routeStatic(url: URL, request: IncomingMessage, response: ServerResponse) {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return refuse(response, 405, 'Method not allowed');

    const fromUrl = tokenMatches(url.searchParams.get('token'), token);
    const fromCookie = tokenMatches(readCookie(request, cookieName(port)), token);
    if (!fromUrl && !fromCookie) return refuse(response, 401, unauthorizedPage);

    const cookie: Record<string, string> = fromUrl
      ? { 'Set-Cookie': tokenCookie(port, token) }
      : {};
    const outcome = await serveStatic(options.staticDir, url.pathname, response, head, cookie);
    if (outcome === 'forbidden') refuse(response, 403, 'Forbidden');
    if (outcome === 'missing') refuse(response, 404, 'Not found');
  }

  await listen(server, options.port ?? 0);
  port = (server.address() as { port: number }).port;
  options.logger.info('[host] listening on the loopback address', {
    port,
    readOnly: context.readOnly,
  });

  return {
    url: `http://${loopback}:${port}/?token=${token}`,
    token,
    port,
    server,
    async close() {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await uploads.dispose();
      options.logger.info('[host] stopped');
    },
  };
}

const unauthorizedPage =
  'Ficha: abra la dirección completa que imprimió «ficha serve» (lleva el token). / ' +
  'Open the full address printed by `ficha serve` (it carries the token).';

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(message);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, loopback, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
