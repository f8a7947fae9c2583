import type { ProfileData } from '../../../shared/api/profile';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** The person using Ficha: asked at first run, changeable from the top bar. */
export interface ProfileSlice {
  profile: ProfileData | null;
  profileLoaded: boolean;
  profileDialogOpen: boolean;
  loadProfile(): Promise<void>;
  openProfileDialog(): void;
  closeProfileDialog(): void;
  saveProfile(profile: ProfileData): Promise<boolean>;
}

/** Creates the profile slice. */
export function createProfileSlice({ set, get, client }: SliceContext): ProfileSlice {
  return {
    profile: null,
    profileLoaded: false,
    profileDialogOpen: false,

    async loadProfile() {
      const result = await safeCall(client, 'profile.get', {});
      if (!result.ok) return get().showError(result.error);
      const profile = result.value.profile;
      set({ profile, profileLoaded: true, profileDialogOpen: profile === null });
    },

    openProfileDialog() {
      set({ profileDialogOpen: true });
    },

    closeProfileDialog() {
      set({ profileDialogOpen: false });
    },

    async saveProfile(profile) {
      const result = await safeCall(client, 'profile.set', profile);
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      set({ profile: result.value.profile, profileDialogOpen: false });
      return true;
    },
  };
}
