import type { JobEvent } from '../../../shared/api';
import type { FichaErrorData, Result } from '../../../shared/result';
import type { Actor } from '../handlers/context';

/** What the engine worker is started with. */
export interface WorkerOptions {
  workspacePath: string;
  readOnly: boolean;
  actor: Actor;
  /** When someone else is editing: fail, or open read-only (the desktop app's choice). */
  ifLocked?: 'fail' | 'readOnly';
}

/** A message from a face to the engine worker. */
export type ToWorker =
  { id: number; name: string; params: unknown } | { cancel: string } | { close: true };

/** A log line the worker hands to the face's logger (one log file per process tree). */
export interface WorkerLog {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
  error?: { name: string; message: string; stack?: string };
}

/** A message from the engine worker to its face. */
export type FromWorker =
  | { ready: true }
  | { failed: FichaErrorData }
  | { id: number; result: Result<unknown> }
  | JobEvent
  | { log: WorkerLog }
  | { closed: true };
