import type { JobEvent } from '../../shared/api';
import { errorData } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { FichaTransport, UploadedFile } from './transport';

/**
 * The browser transport, against `ficha serve`: calls are JSON POSTs with
 * the run's token in a header, uploads stream the file's bytes, progress
 * arrives over one EventSource opened while someone listens.
 */
export function httpTransport(baseUrl: string, token: string): FichaTransport {
  const base = baseUrl.replace(/\/$/, '');
  const headers = { authorization: `Bearer ${token}` };
  const progress = eventStream(`${base}/api/events?token=${encodeURIComponent(token)}`);

  return {
    kind: 'http',
    call: (name, params) =>
      post(`${base}/api/call/${encodeURIComponent(name)}`, {
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(params ?? {}),
      }) as ReturnType<FichaTransport['call']>,
    onProgress: (listener) => progress.add(listener),
    onMenu: () => () => {},
    setLanguage: () => {},
    uploadFile: (file) =>
      post(`${base}/api/upload?name=${encodeURIComponent(file.name)}`, {
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        body: file,
      }) as Promise<Result<UploadedFile>>,
  };
}

async function post(url: string, init: { headers: Record<string, string>; body: BodyInit }) {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', ...init });
  } catch (error) {
    return failure('HOST_UNREACHABLE', error instanceof Error ? error.message : String(error));
  }

  // The host answers every dispatched request with a Result; anything else is a refusal.
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) return (await response.json()) as Result<unknown>;
  return failure('HOST_REFUSED', `${response.status} ${(await response.text()).slice(0, 80)}`);
}

function failure(code: 'HOST_REFUSED' | 'HOST_UNREACHABLE', reason: string): Result<never> {
  return { ok: false, error: errorData(code, { reason }) };
}

function eventStream(url: string) {
  const listeners = new Set<(event: JobEvent) => void>();
  let source: EventSource | null = null;

  return {
    add(listener: (event: JobEvent) => void): () => void {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(url);
        source.onmessage = (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as JobEvent;
          for (const each of listeners) each(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
