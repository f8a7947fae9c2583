import { z } from 'zod';
import { request } from './define';

/** The person using Ficha on this computer. */
export interface ProfileData {
  name: string;
  email: string;
  area: string;
}

/** Requests about the person using Ficha, asked at first run. */
export const profileRequests = {
  'profile.get': request<{ profile: ProfileData | null }>()({
    params: z.object({}),
    writes: false,
  }),
  'profile.set': request<{ profile: ProfileData }>()({
    params: z.object({
      name: z.string().min(1).max(200),
      email: z.string().max(200).default(''),
      area: z.string().max(300).default(''),
    }),
    // The profile is the person's, kept outside the workspace.
    writes: false,
  }),
};
