import type { DatasetSummary } from '../../../shared/table';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** The datasets of the workspace and which one is open. */
export interface DatasetsSlice {
  datasets: DatasetSummary[];
  datasetsLoaded: boolean;
  loadDatasets(): Promise<void>;
  openDataset(id: string): Promise<void>;
  closeDataset(): void;
}

/** Creates the datasets slice. */
export function createDatasetsSlice({ set, get, client }: SliceContext): DatasetsSlice {
  return {
    datasets: [],
    datasetsLoaded: false,

    async loadDatasets() {
      const result = await safeCall(client, 'datasets.list', {});
      if (!result.ok) return get().showError(result.error);
      set({ datasets: result.value, datasetsLoaded: true });
    },

    async openDataset(id) {
      set({ view: 'dataset', tab: 'data' });
      await get().openGrid(id);
    },

    closeDataset() {
      get().closeGrid();
      set({ view: 'workspace' });
      void get().loadDatasets();
    },
  };
}
