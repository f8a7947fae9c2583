import { cancelJob } from '../jobs/registry';
import type { HandlerMap } from './table';

/** Handlers that steer long work. */
export const jobHandlers: HandlerMap<'jobs.cancel'> = {
  'jobs.cancel': ({ jobId }) => ({ cancelled: cancelJob(jobId) }),
};
