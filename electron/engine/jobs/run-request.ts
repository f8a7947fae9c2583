import { randomUUID } from 'node:crypto';
import { api, isRequestName } from '../../../shared/api';
import type { JobEvent } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { dispatch } from '../dispatch';
import type { Actor, HandlerContext } from '../handlers/context';
import type { Logger } from '../logger';
import type { Workspace } from '../workspace/workspace';
import { endJob, startJob } from './registry';

/** What a face hands over to run requests against one open workspace. */
export interface RequestEnvironment {
  workspace: Workspace;
  actor: Actor;
  logger: Logger;
  readOnly: boolean;
  emit: (event: JobEvent) => void;
  /** How to take the edit lock over; only faces that may edit give it. */
  takeOver?: HandlerContext['takeOver'];
}

/**
 * Runs one request through dispatch, with the job plumbing long work needs:
 * a job id (the caller's, or a fresh one), a signal that `cancelJob` trips,
 * and progress events tagged with the job id.
 */
export async function runRequest(
  name: string,
  params: unknown,
  environment: RequestEnvironment,
): Promise<Result<unknown>> {
  const long = isRequestName(name) && api[name].long;
  const jobId = long ? jobIdOf(params) : null;
  const signal = jobId ? startJob(jobId) : new AbortController().signal;
  const withJob = jobId ? { ...(params as object), jobId } : params;

  try {
    return await dispatch(
      name,
      withJob,
      {
        workspace: environment.workspace,
        actor: environment.actor,
        logger: environment.logger,
        signal,
        progress: (progress) => {
          if (jobId) environment.emit({ jobId, progress });
        },
        takeOver: environment.takeOver,
      },
      { readOnly: environment.readOnly },
    );
  } finally {
    if (jobId) endJob(jobId);
  }
}

function jobIdOf(params: unknown): string {
  const given = (params as { jobId?: unknown } | null)?.jobId;
  return typeof given === 'string' && given.length > 0 ? given : randomUUID();
}
