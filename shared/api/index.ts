import type { z } from 'zod';
import type { Progress } from '../import';
import type { Result } from '../result';
import type { RequestSpec } from './define';
import { exportRequests } from './export';
import { importRequests } from './import';
import { jobRequests } from './jobs';
import { metadataRequests } from './metadata';
import { operationRequests } from './operations';
import { packageRequests } from './package';
import { profileRequests } from './profile';
import { promoteRequests } from './promote';
import { reviewRequests } from './review';
import { workspaceRequests } from './workspace';

/**
 * The whole contract between the faces and the engine: one map from request
 * name to its parameter schema and result type. IPC, HTTP and the CLI all
 * dispatch through the engine's handler table keyed by these names.
 * Each domain keeps its requests in its own file.
 */
export const api = {
  ...workspaceRequests,
  ...importRequests,
  ...jobRequests,
  ...metadataRequests,
  ...reviewRequests,
  ...promoteRequests,
  ...profileRequests,
  ...operationRequests,
  ...exportRequests,
  ...packageRequests,
};

/** The contract's type. */
export type Api = typeof api;

/** The name of a request. */
export type RequestName = keyof Api;

/** A request's parameters as the caller writes them (defaults optional). */
export type ParamsIn<K extends RequestName> = z.input<Api[K]['params']>;

/** A request's parameters after validation (defaults filled). */
export type Params<K extends RequestName> = z.output<Api[K]['params']>;

/** A request's result type. */
export type ResultOf<K extends RequestName> =
  Api[K] extends RequestSpec<z.ZodType, infer R> ? R : never;

/** A progress event of a long request, tagged with the job it belongs to. */
export interface JobEvent {
  jobId: string;
  progress: Progress;
}

/**
 * How the renderer reaches the engine. Two implementations exist, IPC in the
 * desktop app and HTTP against `ficha serve`; no feature lives in only one.
 */
export interface Transport {
  call<K extends RequestName>(name: K, params: ParamsIn<K>): Promise<Result<ResultOf<K>>>;
  /** Subscribes to progress of long work; returns an unsubscribe function. */
  onProgress(listener: (event: JobEvent) => void): () => void;
}

/** Tells whether a string names a request of the contract. */
export function isRequestName(name: string): name is RequestName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export type { RequestSpec } from './define';
