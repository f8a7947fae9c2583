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
  /** The dataset whose original file is being fetched, if any. */
  originalBusy: string | null;
  /** The original file a dataset was imported from, as bytes to save; null after an error. */
  fetchOriginal(
    dataset: string,
  ): Promise<{ name: string; mediaType: string; base64: string } | null>;
}

/** Creates the datasets slice. */
export function createDatasetsSlice({ set, get, client }: SliceContext): DatasetsSlice {
  return {
    datasets: [],
    datasetsLoaded: false,
    originalBusy: null,

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

    async fetchOriginal(dataset) {
      set({ originalBusy: dataset });
      const result = await safeCall(client, 'dataset.originalFile', { dataset });
      set({ originalBusy: null });
      if (!result.ok) {
        get().showError(result.error);
        return null;
      }
      return result.value;
    },
  };
}
