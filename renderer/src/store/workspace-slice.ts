import type { WorkspaceInfo } from '../../../shared/api/workspace';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** The open workspace as the engine describes it. */
export interface WorkspaceSlice {
  workspace: WorkspaceInfo | null;
  /** While a take-over of the edit lock is under way. */
  takingOver: boolean;
  loadWorkspace(): Promise<void>;
  /** Takes the edit lock over and reopens for editing; false when refused. */
  takeOverWorkspace(): Promise<boolean>;
}

/** Creates the workspace slice. */
export function createWorkspaceSlice({ set, get, client }: SliceContext): WorkspaceSlice {
  return {
    workspace: null,
    takingOver: false,

    async loadWorkspace() {
      const result = await safeCall(client, 'workspace.info', {});
      if (!result.ok) return get().showError(result.error);
      set({ workspace: result.value });
      await get().loadDatasets();
    },

    async takeOverWorkspace() {
      // The holder the person was warned about: a lock that changed hands since is refused.
      const since = get().workspace?.lockHolder?.since;
      set({ takingOver: true });
      const result = await safeCall(client, 'workspace.takeOver', since ? { since } : {});
      set({ takingOver: false });
      if (!result.ok) {
        get().showError(result.error);
        await get().loadWorkspace();
        return false;
      }

      set({ workspace: result.value });
      await get().loadDatasets();
      return true;
    },
  };
}
