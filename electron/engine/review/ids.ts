import { randomUUID } from 'node:crypto';

/** A new id for a comment or a status event, unique across machines. */
export function newReviewId(): string {
  return randomUUID();
}
