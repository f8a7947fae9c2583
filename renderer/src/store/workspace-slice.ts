import type { WorkspaceInfo } from '../../../shared/api/workspace';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** The open workspace as the engine describes it. */
export interface WorkspaceSlice {
  workspace: WorkspaceInfo | null;
  loadWorkspace(): Promise<void>;
}

/** Creates the workspace slice. */
export function createWorkspaceSlice({ set, get, client }: SliceContext): WorkspaceSlice {
  return {
    workspace: null,

    async loadWorkspace() {
      const result = await safeCall(client, 'workspace.info', {});
      if (!result.ok) return get().showError(result.error);
      set({ workspace: result.value });
      await get().loadDatasets();
    },
  };
}
