import type { StepInput } from '../../../shared/operations';
import type {
  ClusterResult,
  ColumnFacet,
  HistoryView,
  StepPreview,
  Suggestion,
} from '../../../shared/operations/results';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** Clustering methods the Limpieza tab offers. */
export type ClusterMethod = 'fingerprint' | 'ngram-fingerprint' | 'phonetic' | 'levenshtein';

/**
 * The Limpieza tab: the dataset's history with undo, redo and going back,
 * the fixes the engine suggests, a preview of a step before it is applied,
 * and clusters of near-identical values to merge.
 */
export interface CleaningSlice {
  cleaningHistory: HistoryView | null;
  cleaningSuggestions: Suggestion[];
  cleaningPreview: { steps: StepInput[]; preview: StepPreview } | null;
  cleaningClusters: ClusterResult | null;
  cleaningBusy: boolean;
  loadCleaning(): Promise<void>;
  previewCleaning(steps: StepInput[]): Promise<void>;
  closeCleaningPreview(): void;
  /** Applies steps; more than one are recorded as one group that one undo takes back. */
  applyCleaning(steps: StepInput[]): Promise<boolean>;
  undoCleaning(steps?: number): Promise<void>;
  redoCleaning(steps?: number): Promise<void>;
  goToCleaningPoint(point: number): Promise<void>;
  findClusters(column: string, method: ClusterMethod): Promise<void>;
  /** The column menu's open dialog: which operation on which column. */
  columnDialog: { op: string; column: string } | null;
  openColumnDialog(op: string, column: string): void;
  closeColumnDialog(): void;
  /** Previews one step without keeping it in the state; null when it failed (error shown). */
  previewStep(step: StepInput): Promise<StepPreview | null>;
  /** Applies a step from the column menu and closes its dialog when it worked. */
  applyColumnStep(step: StepInput): Promise<boolean>;
  /** The facet of the selected column, and the search it was asked with. */
  cleaningFacet: ColumnFacet | null;
  loadFacet(column: string, search?: string): Promise<void>;
}

/** Creates the cleaning slice. */
export function createCleaningSlice({ set, get, client }: SliceContext): CleaningSlice {
  // Runs a request that changes the table, then reloads history, suggestions and the grid.
  async function change(run: (dataset: string) => ReturnType<typeof safeCall>): Promise<boolean> {
    const dataset = get().gridDataset;
    if (!dataset || get().cleaningBusy) return false;
    set({ cleaningBusy: true });
    const result = await run(dataset);
    set({ cleaningBusy: false });
    if (!result.ok) {
      get().showError(result.error);
      return false;
    }
    set({ cleaningPreview: null, cleaningClusters: null });
    await Promise.all([get().loadCleaning(), get().openGrid(dataset)]);
    return true;
  }

  return {
    cleaningHistory: null,
    cleaningSuggestions: [],
    cleaningPreview: null,
    cleaningClusters: null,
    cleaningBusy: false,
    columnDialog: null,
    cleaningFacet: null,

    async loadCleaning() {
      const dataset = get().gridDataset;
      if (!dataset) return;
      const [history, suggestions] = await Promise.all([
        safeCall(client, 'operations.history', { dataset }),
        safeCall(client, 'operations.suggest', { dataset }),
      ]);
      if (!history.ok) return get().showError(history.error);
      set({
        cleaningHistory: history.value,
        cleaningSuggestions: suggestions.ok ? suggestions.value : [],
      });
    },

    async previewCleaning(steps) {
      const dataset = get().gridDataset;
      if (!dataset || steps.length === 0) return;
      // The preview shows the first step's effect: later steps depend on it.
      const result = await safeCall(client, 'operations.preview', { dataset, step: steps[0] });
      if (!result.ok) return get().showError(result.error);
      set({ cleaningPreview: { steps, preview: result.value } });
    },

    closeCleaningPreview() {
      set({ cleaningPreview: null });
    },

    applyCleaning(steps) {
      // Several steps at once (a suggestion) are one history entry: one undo takes them back.
      const group = steps.length > 1;
      return change((dataset) => safeCall(client, 'operations.apply', { dataset, steps, group }));
    },

    async undoCleaning(steps = 1) {
      await change((dataset) => safeCall(client, 'operations.undo', { dataset, steps }));
    },

    async redoCleaning(steps = 1) {
      await change((dataset) => safeCall(client, 'operations.redo', { dataset, steps }));
    },

    async goToCleaningPoint(point) {
      await change((dataset) => safeCall(client, 'operations.goto', { dataset, point }));
    },

    async findClusters(column, method) {
      const dataset = get().gridDataset;
      if (!dataset) return;
      const result = await safeCall(client, 'operations.clusters', { dataset, column, method });
      if (!result.ok) return get().showError(result.error);
      set({ cleaningClusters: result.value });
    },

    openColumnDialog(op, column) {
      set({ columnDialog: { op, column } });
    },

    closeColumnDialog() {
      set({ columnDialog: null });
    },

    async previewStep(step) {
      const dataset = get().gridDataset;
      if (!dataset) return null;
      const result = await safeCall(client, 'operations.preview', { dataset, step });
      if (!result.ok) {
        get().showError(result.error);
        return null;
      }
      return result.value;
    },

    async applyColumnStep(step) {
      const done = await get().applyCleaning([step]);
      if (done) set({ columnDialog: null, cleaningFacet: null });
      return done;
    },

    async loadFacet(column, search) {
      const dataset = get().gridDataset;
      if (!dataset) return;
      const result = await safeCall(client, 'operations.facet', { dataset, column, search });
      if (get().gridDataset !== dataset) return;
      if (!result.ok) return get().showError(result.error);
      set({ cleaningFacet: result.value });
    },
  };
}
