import type { ColumnStatistics } from '../../../shared/api/workspace';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/**
 * Past this many rows a profile takes seconds in SQLite and holds up the
 * row windows queued behind it, so it is computed only when asked for.
 */
export const autoProfileRows = 200_000;

/** Pause before profiling a newly selected column, so arrowing across columns stays cheap. */
export const profileDelayMs = 300;

/** The column shown in the side panel and its statistics, computed in SQLite. */
export interface ColumnPanelSlice {
  panelColumn: string | null;
  panelStats: ColumnStatistics | null;
  panelLoading: boolean;
  selectColumn(column: string | null): void;
  loadColumnStats(): void;
}

/** Creates the column panel slice. */
export function createColumnPanelSlice({ set, get, client }: SliceContext): ColumnPanelSlice {
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  // Asks for the selected column's profile; an answer for an older selection is dropped.
  function load(mine: number) {
    const { gridDataset: dataset, panelColumn: column } = get();
    if (!column || !dataset || mine !== sequence) return;
    set({ panelLoading: true });

    const params = { dataset, column, top: 10, bins: 12 };
    void safeCall(client, 'dataset.columnProfile', params).then((result) => {
      if (mine !== sequence) return;
      set({ panelLoading: false });
      if (!result.ok) return get().showError(result.error);
      set({ panelStats: result.value });
    });
  }

  return {
    panelColumn: null,
    panelStats: null,
    panelLoading: false,

    selectColumn(column) {
      sequence += 1;
      const mine = sequence;
      if (timer) clearTimeout(timer);
      set({ panelColumn: column, panelStats: null, panelLoading: false });

      const rows = get().gridDescription?.rows ?? get().gridTotal;
      if (column && rows <= autoProfileRows) timer = setTimeout(() => load(mine), profileDelayMs);
    },

    loadColumnStats() {
      if (timer) clearTimeout(timer);
      load(sequence);
    },
  };
}
