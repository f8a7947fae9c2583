import type { ColumnStatistics } from '../../../shared/api/workspace';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** The column shown in the side panel and its statistics, computed in SQLite. */
export interface ColumnPanelSlice {
  panelColumn: string | null;
  panelStats: ColumnStatistics | null;
  panelLoading: boolean;
  selectColumn(column: string | null): void;
}

/** Creates the column panel slice. */
export function createColumnPanelSlice({ set, get, client }: SliceContext): ColumnPanelSlice {
  let sequence = 0;

  return {
    panelColumn: null,
    panelStats: null,
    panelLoading: false,

    selectColumn(column) {
      sequence += 1;
      const mine = sequence;
      const dataset = get().gridDataset;
      set({ panelColumn: column, panelStats: null, panelLoading: column !== null });
      if (!column || !dataset) return;

      const params = { dataset, column, top: 10, bins: 12 };
      void safeCall(client, 'dataset.columnProfile', params).then((result) => {
        if (mine !== sequence) return;
        set({ panelLoading: false });
        if (!result.ok) return get().showError(result.error);
        set({ panelStats: result.value });
      });
    },
  };
}
