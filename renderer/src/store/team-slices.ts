import { createInventorySlice } from './inventory-slice';
import type { InventorySlice } from './inventory-slice';
import { createLogSlice } from './log-slice';
import type { LogSlice } from './log-slice';
import { createProfileSlice } from './profile-slice';
import type { ProfileSlice } from './profile-slice';
import { createPromoteSlice } from './promote-slice';
import type { PromoteSlice } from './promote-slice';
import { createReviewSlice } from './review-slice';
import type { ReviewSlice } from './review-slice';
import type { SliceContext } from './types';

/** The slices of review, inventory, promotion and the person's profile, side by side. */
export type TeamSlices = ReviewSlice & InventorySlice & PromoteSlice & ProfileSlice & LogSlice;

/** Creates the team slices; store.ts spreads them beside the others. */
export function createTeamSlices(context: SliceContext): TeamSlices {
  return {
    ...createReviewSlice(context),
    ...createInventorySlice(context),
    ...createPromoteSlice(context),
    ...createProfileSlice(context),
    ...createLogSlice(context),
  };
}
