import { createStore } from 'zustand/vanilla';
import type { Client, KeyValueStorage } from '../api/client';
import { createCleaningSlice } from './cleaning-slice';
import { createColumnPanelSlice } from './column-panel-slice';
import { createCommentMarksSlice } from './comment-marks-slice';
import { createDatasetsSlice } from './datasets-slice';
import { createFichaSlice } from './ficha-slice';
import { createGridSlice } from './grid-slice';
import { createImportWizardSlice } from './import-wizard-slice';
import { createPackageSlices } from './package-slices';
import { createTeamSlices } from './team-slices';
import type { FichaState, FichaStore, SliceContext } from './types';
import { createUiSlice } from './ui-slice';
import { createWorkspaceSlice } from './workspace-slice';

/**
 * Creates the renderer's store without React: the slices share one state
 * and reach the engine only through the client. Tests drive it with a fake
 * client; the React binding (use-ficha.ts) only selects from it.
 */
export function createFichaStore(client: Client, storage: KeyValueStorage | null): FichaStore {
  return createStore<FichaState>()((set, get) => {
    const context: SliceContext = { set, get, client, storage };
    return {
      ...createUiSlice(context),
      ...createWorkspaceSlice(context),
      ...createDatasetsSlice(context),
      ...createGridSlice(context),
      ...createColumnPanelSlice(context),
      ...createImportWizardSlice(context),
      ...createFichaSlice(context),
      ...createCleaningSlice(context),
      ...createTeamSlices(context),
      ...createCommentMarksSlice(context),
      ...createPackageSlices(context),
    };
  });
}
