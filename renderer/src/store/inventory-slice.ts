import type { ProgressReport } from '../../../shared/inventory/progress';
import type { CalendarMonth, CatalogEntry } from '../../../shared/review/types';
import type { ParamsIn } from '../../../shared/api';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** A planned dataset as the form sends it. */
export type PlanInput = ParamsIn<'inventory.plan'>;

/** The institution's inventory: catalog, calendar of a year and progress. */
export interface InventorySlice {
  inventoryOpen: boolean;
  catalog: CatalogEntry[];
  calendarYear: number;
  calendar: CalendarMonth[];
  progress: ProgressReport | null;
  progressHtml: string;
  openInventory(): Promise<void>;
  closeInventory(): void;
  loadInventory(): Promise<void>;
  setCalendarYear(year: number): Promise<void>;
  planDataset(input: PlanInput): Promise<boolean>;
}

/** Creates the inventory slice. */
export function createInventorySlice({ set, get, client }: SliceContext): InventorySlice {
  async function loadCalendar(year: number) {
    const result = await safeCall(client, 'inventory.calendar', { year });
    if (!result.ok) return get().showError(result.error);
    set({ calendar: result.value.months, calendarYear: result.value.year });
  }

  return {
    inventoryOpen: false,
    catalog: [],
    calendarYear: new Date().getFullYear(),
    calendar: [],
    progress: null,
    progressHtml: '',

    async openInventory() {
      set({ inventoryOpen: true });
      await get().loadInventory();
    },

    closeInventory() {
      set({ inventoryOpen: false });
    },

    async loadInventory() {
      const [catalog, progress] = await Promise.all([
        safeCall(client, 'inventory.catalog', {}),
        safeCall(client, 'inventory.progress', {}),
      ]);
      if (!catalog.ok) get().showError(catalog.error);
      else set({ catalog: catalog.value });
      if (!progress.ok) get().showError(progress.error);
      else set({ progress: progress.value.progress, progressHtml: progress.value.html });
      await loadCalendar(get().calendarYear);
    },

    async setCalendarYear(year) {
      set({ calendarYear: year });
      await loadCalendar(year);
    },

    async planDataset(input) {
      const result = await safeCall(client, 'inventory.plan', input);
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      await get().loadInventory();
      return true;
    },
  };
}
