/**
 * Long work in flight, by job id, so that a cancel request arriving through
 * any face can stop it. The id is chosen by the caller.
 */
const running = new Map<string, AbortController>();

/** Registers a job and returns the signal its work must watch. */
export function startJob(jobId: string): AbortSignal {
  const controller = new AbortController();
  running.set(jobId, controller);
  return controller.signal;
}

/** Forgets a finished job. */
export function endJob(jobId: string): void {
  running.delete(jobId);
}

/** Asks a job to stop; false when no such job is running. */
export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}
