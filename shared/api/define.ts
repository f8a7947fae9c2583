import type { z } from 'zod';

/**
 * Whether a request writes: `true` changes the workspace (a read-only face
 * refuses it); `'review'` is a reviewer's comment or decision, allowed to a
 * reader and kept beside a workspace someone else edits; `false` reads.
 */
export type WriteKind = boolean | 'review';

/**
 * One request of the contract: the schema its parameters are validated
 * against at every boundary, whether it writes to the workspace, and
 * whether it is long work that reports progress and can be cancelled. The
 * result type rides along as a phantom.
 */
export interface RequestSpec<P extends z.ZodType = z.ZodType, R = unknown> {
  params: P;
  writes: WriteKind;
  long: boolean;
  /** Never set; carries the result type for the compiler. */
  readonly result?: R;
}

/** Declares a request whose result is of type R. */
export function request<R>() {
  return <P extends z.ZodType>(spec: {
    params: P;
    writes: WriteKind;
    long?: boolean;
  }): RequestSpec<P, R> => ({ params: spec.params, writes: spec.writes, long: spec.long ?? false });
}
