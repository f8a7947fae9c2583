import type { z } from 'zod';

/**
 * One request of the contract: the schema its parameters are validated
 * against at every boundary, whether it writes to the workspace (a
 * read-only host refuses those), and whether it is long work that reports
 * progress and can be cancelled. The result type rides along as a phantom.
 */
export interface RequestSpec<P extends z.ZodType = z.ZodType, R = unknown> {
  params: P;
  writes: boolean;
  long: boolean;
  /** Never set; carries the result type for the compiler. */
  readonly result?: R;
}

/** Declares a request whose result is of type R. */
export function request<R>() {
  return <P extends z.ZodType>(spec: {
    params: P;
    writes: boolean;
    long?: boolean;
  }): RequestSpec<P, R> => ({ params: spec.params, writes: spec.writes, long: spec.long ?? false });
}
