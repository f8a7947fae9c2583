import type { JobEvent } from '../../../shared/api';
import type { Result } from '../../../shared/result';

/**
 * The engine as a face sees it: requests in, results out, progress events
 * on the side. One implementation runs in a worker thread (the desktop app,
 * `ficha serve`), another in the calling thread (tests, small tools).
 */
export interface Engine {
  /** Runs one request of the contract; never throws for expected failures. */
  call(name: string, params: unknown): Promise<Result<unknown>>;
  /** Subscribes to progress of long work; returns an unsubscribe function. */
  onProgress(listener: (event: JobEvent) => void): () => void;
  /** Asks a long request to stop; harmless when it already ended. */
  cancel(jobId: string): void;
  /** Closes the workspace and stops the engine. */
  close(): Promise<void>;
}

/** A set of progress listeners that an engine fans events out to. */
export function progressListeners() {
  const listeners = new Set<(event: JobEvent) => void>();
  return {
    add(listener: (event: JobEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: JobEvent): void {
      for (const listener of listeners) listener(event);
    },
  };
}
