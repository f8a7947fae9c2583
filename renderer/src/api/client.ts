import type { JobEvent, ParamsIn, RequestName, ResultOf, Transport } from '../../../shared/api';
import type { FichaErrorData, Result } from '../../../shared/result';

/**
 * What the store needs from the outside world: the transport to the engine
 * and a way to turn a chosen file into a path the engine can read (a local
 * path in the desktop app, an uploaded copy in the browser).
 */
export interface Client {
  call<K extends RequestName>(name: K, params: ParamsIn<K>): Promise<Result<ResultOf<K>>>;
  onProgress(listener: (event: JobEvent) => void): () => void;
  resolveFile(file: File): Promise<Result<string>>;
}

/** Where the store remembers small choices (the language). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The error the interface shows when the engine cannot be reached at all. */
export const OFFLINE = 'OFFLINE';

/**
 * Calls the transport and turns a rejected promise (the host stopped, the
 * connection dropped) into a failed result, so the store handles one shape.
 */
export async function safeCall<K extends RequestName>(
  transport: Pick<Transport, 'call'>,
  name: K,
  params: ParamsIn<K>,
): Promise<Result<ResultOf<K>>> {
  try {
    return await transport.call(name, params);
  } catch {
    return { ok: false, error: offlineError() };
  }
}

/** The offline error as data; its message is filled from the catalog when shown. */
export function offlineError(): FichaErrorData {
  return { code: OFFLINE, message: { es: '', en: '' } };
}
