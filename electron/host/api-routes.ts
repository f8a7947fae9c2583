import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { api, isRequestName } from '../../shared/api';
import type { JobEvent } from '../../shared/api';
import { errorData } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { Engine } from '../engine/jobs/engine';
import type { Logger } from '../engine/logger';
import { resolvePathParams } from './file-params';
import type { UploadStore } from './uploads';

/** What the API routes work with. */
export interface ApiContext {
  engine: Engine;
  uploads: UploadStore;
  readOnly: boolean;
  allowedDirs: string[];
  logger: Logger;
  /** Open Server-Sent Events streams, closed with the host. */
  streams: Set<ServerResponse>;
}

const maxJsonBytes = 4 * 1024 * 1024;

/** `POST /api/call/<request>`: JSON parameters in, a Result out. */
export async function handleCall(
  name: string,
  request: IncomingMessage,
  response: ServerResponse,
  context: ApiContext,
): Promise<void> {
  const body = await readJson(request);
  if (body === undefined) {
    const reason = 'the body must be a JSON object of at most 4 MB';
    return sendJson(response, 400, fail(errorData('REQUEST_INVALID', { request: name, reason })));
  }

  // Checked here as well as in dispatch, so a read-only host never forwards a write.
  // A reviewer's comments and decisions ("review") are allowed: they wait beside the file.
  if (context.readOnly && isRequestName(name) && api[name].writes === true) {
    return sendJson(response, 200, fail(errorData('WORKSPACE_READ_ONLY')));
  }

  const resolved = resolvePathParams(name, body, context.uploads, context.allowedDirs);
  if ('error' in resolved) return sendJson(response, 200, fail(resolved.error));

  const result = await context.engine.call(name, resolved.params);
  sendJson(response, 200, hideUploadFolders(result, resolved.uploaded));
}

/**
 * Names uploaded files by their own names in results and messages, not by
 * the host's temporary folder, which means nothing to the person.
 */
function hideUploadFolders(result: Result<unknown>, uploaded: string[]): unknown {
  if (uploaded.length === 0) return result;
  let text = JSON.stringify(result);
  for (const local of uploaded) {
    const quoted = JSON.stringify(local).slice(1, -1);
    const name = JSON.stringify(path.basename(local)).slice(1, -1);
    text = text.split(quoted).join(name);
  }
  return JSON.parse(text) as unknown;
}

/** `POST /api/upload?name=<file name>`: the raw file as the body. */
export async function handleUpload(
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
  context: ApiContext,
): Promise<void> {
  if (context.readOnly) return sendJson(response, 200, fail(errorData('WORKSPACE_READ_ONLY')));

  const name = url.searchParams.get('name') ?? 'archivo';
  const uploaded = await context.uploads.receive(request, name);
  if (uploaded === 'too-large') {
    const reason = 'the file is larger than this host accepts';
    return sendJson(response, 413, fail(errorData('FILE_UNREADABLE', { file: name, reason })));
  }
  context.logger.info('[host] received an uploaded file', { bytes: uploaded.size });
  sendJson(response, 200, { ok: true, value: uploaded });
}

/** `GET /api/events`: progress of long work as Server-Sent Events. */
export function handleEvents(response: ServerResponse, context: ApiContext): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': ficha\n\n');

  const send = (event: JobEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = context.engine.onProgress(send);
  // A comment now and then keeps proxies and idle timers from closing the stream.
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 20_000);
  context.streams.add(response);

  response.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    context.streams.delete(response);
  });
}

/** Writes a JSON body with the given status. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function fail(error: ReturnType<typeof errorData>): Result<never> {
  return { ok: false, error };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxJsonBytes) return undefined;
    chunks.push(chunk);
  }

  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
