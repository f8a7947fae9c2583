import { z } from 'zod';
import { request } from './define';

/** Requests that steer long work started by another request. */
export const jobRequests = {
  'jobs.cancel': request<{ cancelled: boolean }>()({
    params: z.object({ jobId: z.string().min(1) }),
    writes: false,
  }),
};
