import type { z } from 'zod';
import type { DatasetDescription, rowFilter } from '../../../shared/api/workspace';
import type { ColumnProfile } from '../../../shared/table';
import { safeCall } from '../api/client';
import { evictFar, windowSize, windowsCovering } from '../grid/row-windows';
import type { WindowMap } from '../grid/row-windows';
import type { SliceContext } from './types';

/** A filter on one column, as the contract declares it. */
export type RowFilter = z.input<typeof rowFilter>;

/** The sort the grid asks SQLite for. */
export interface GridSort {
  column: string;
  direction: 'asc' | 'desc';
}

/** The focused cell: row is 0-based in the current order, -1 is the header. */
export interface GridFocus {
  row: number;
  col: number;
}

/** The open dataset's grid: its query, the fetched windows and the focus. */
export interface GridSlice {
  gridDataset: string | null;
  gridDescription: DatasetDescription | null;
  gridColumns: ColumnProfile[];
  gridTotal: number;
  gridSort: GridSort | null;
  gridFilters: RowFilter[];
  gridSearch: string;
  gridWindows: WindowMap;
  gridGeneration: number;
  gridFocus: GridFocus;
  /** Asks the grid component to bring a row into view; seq makes repeats count. */
  gridScrollTo: { row: number; seq: number } | null;
  openGrid(dataset: string): Promise<void>;
  closeGrid(): void;
  showRows(first: number, last: number): void;
  cycleSort(column: string): void;
  setSort(sort: GridSort | null): void;
  setFilter(filter: RowFilter): void;
  clearFilter(column: string): void;
  clearFilters(): void;
  setSearch(search: string): void;
  focusCell(focus: GridFocus): void;
  goToRow(rowNumber: number): void;
}

const closed = {
  gridDataset: null,
  gridDescription: null,
  gridColumns: [],
  gridTotal: 0,
  gridSort: null,
  gridFilters: [],
  gridSearch: '',
  gridWindows: {},
  gridFocus: { row: 0, col: 0 },
  gridScrollTo: null,
};

/** The next sort when a header is clicked: ascending, descending, none. */
export function nextSort(current: GridSort | null, column: string): GridSort | null {
  if (!current || current.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

/** Creates the grid slice. */
export function createGridSlice(context: SliceContext): GridSlice {
  const { set, get, client } = context;
  const pending = new Set<string>();
  let lastShown = { first: 0, last: 0 };
  // After a new query the view is sent to the top; rows still reported from
  // the old position until the scroll lands are not worth fetching.
  let headingToTop = false;
  // While the scroll bar is dragged, fetch for where the view is now and once more where it
  // stops, not for every position in between (each request waits its turn in the engine).
  let throttle: ReturnType<typeof setTimeout> | null = null;

  function fetchShown() {
    const total = get().gridTotal;
    const margin = Math.floor(windowSize / 4);
    for (const index of windowsCovering(lastShown.first - margin, lastShown.last + margin, total)) {
      void fetchWindow(index);
    }
  }

  // Fetches one window for the current query; answers to an older query are dropped.
  async function fetchWindow(index: number) {
    const state = get();
    const dataset = state.gridDataset;
    const key = `${state.gridGeneration}:${index}`;
    if (!dataset || pending.has(key) || state.gridWindows[index]) return;

    pending.add(key);
    const result = await safeCall(client, 'dataset.rows', {
      dataset,
      offset: index * windowSize,
      limit: windowSize,
      sort: state.gridSort ?? undefined,
      filters: state.gridFilters,
      search: state.gridSearch || undefined,
    });
    pending.delete(key);

    const now = get();
    if (now.gridGeneration !== state.gridGeneration || now.gridDataset !== dataset) return;
    if (!result.ok) return now.showError(result.error);

    const window = { index, rows: result.value.rows, rowIds: result.value.rowIds };
    const center = Math.floor(lastShown.first / windowSize);
    const windows = evictFar({ ...now.gridWindows, [index]: window }, center);
    set({ gridWindows: windows, gridTotal: result.value.total });
  }

  // A new query (sort, filter, search) empties the cache and starts at the top.
  function requery(patch: Partial<GridSlice>) {
    const state = get();
    set({
      ...patch,
      gridWindows: {},
      gridGeneration: state.gridGeneration + 1,
      gridFocus: { row: 0, col: state.gridFocus.col },
      gridScrollTo: { row: 0, seq: (state.gridScrollTo?.seq ?? 0) + 1 },
    });
    lastShown = { first: 0, last: 0 };
    headingToTop = true;
    void fetchWindow(0);
  }

  return {
    ...closed,
    gridGeneration: 0,

    async openGrid(dataset) {
      set({ ...closed, gridDataset: dataset, gridGeneration: get().gridGeneration + 1 });
      lastShown = { first: 0, last: 0 };

      const [description] = await Promise.all([
        safeCall(client, 'dataset.describe', { dataset }),
        fetchWindow(0),
      ]);
      if (get().gridDataset !== dataset) return;
      if (!description.ok) return get().showError(description.error);
      set({ gridDescription: description.value, gridColumns: description.value.columns });
      if (Object.keys(get().gridWindows).length === 0) set({ gridTotal: description.value.rows });
      get().selectColumn(description.value.columns[0]?.name ?? null);
    },

    closeGrid() {
      set({ ...closed, gridGeneration: get().gridGeneration + 1 });
      get().selectColumn(null);
    },

    showRows(first, last) {
      if (headingToTop && first >= windowSize) return;
      headingToTop = false;
      lastShown = { first, last };
      if (throttle) return;
      fetchShown();
      throttle = setTimeout(() => {
        throttle = null;
        fetchShown();
      }, 80);
    },

    cycleSort(column) {
      requery({ gridSort: nextSort(get().gridSort, column) });
    },

    setSort(sort) {
      requery({ gridSort: sort });
    },

    setFilter(filter) {
      const others = get().gridFilters.filter((f) => f.column !== filter.column);
      requery({ gridFilters: [...others, filter] });
    },

    clearFilter(column) {
      requery({ gridFilters: get().gridFilters.filter((f) => f.column !== column) });
    },

    clearFilters() {
      requery({ gridFilters: [], gridSearch: '' });
    },

    setSearch(search) {
      requery({ gridSearch: search });
    },

    focusCell(focus) {
      const state = get();
      const row = Math.max(-1, Math.min(state.gridTotal - 1, focus.row));
      const col = Math.max(0, Math.min(state.gridColumns.length - 1, focus.col));
      set({ gridFocus: { row, col } });
      const column = state.gridColumns[col]?.name ?? null;
      if (column !== state.panelColumn) state.selectColumn(column);
    },

    goToRow(rowNumber) {
      const state = get();
      if (state.gridTotal === 0) return;
      const row = Math.max(0, Math.min(state.gridTotal - 1, Math.round(rowNumber) - 1));
      set({
        gridFocus: { row, col: state.gridFocus.col },
        gridScrollTo: { row, seq: (state.gridScrollTo?.seq ?? 0) + 1 },
      });
    },
  };
}
