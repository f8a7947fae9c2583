import { readProfile, writeProfile } from '../workspace/profile';
import type { HandlerMap } from './table';

/** Handlers of the person's profile. */
export const profileHandlers: HandlerMap<'profile.get' | 'profile.set'> = {
  'profile.get': () => ({ profile: readProfile() }),
  'profile.set': (profile) => ({ profile: writeProfile(profile) }),
};
