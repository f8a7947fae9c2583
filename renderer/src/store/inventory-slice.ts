import type { ProgressReport } from '../../../shared/inventory/progress';
import type { CalendarMonth, CatalogEntry } from '../../../shared/review/types';
import type { ParamsIn, ResultOf } from '../../../shared/api';
import type { DownloadFile } from '../../../shared/api/review';
import { safeCall } from '../api/client';
import { chosenFilePath } from './chosen-file';
import type { SliceContext } from './types';

/** A planned dataset as the form sends it. */
export type PlanInput = ParamsIn<'inventory.plan'>;

/** The parts of the inventory view. */
export type InventoryTab = 'catalog' | 'log' | 'people';

/** The files the inventory view offers: the inventory as CSV and XLSX, the plan as CSV. */
export type InventoryFileKey = 'inventory-csv' | 'inventory-xlsx' | 'plan-csv';

/** What attaching a portal CSV of download counts did. */
export type DownloadsReport = ResultOf<'inventory.downloads'>;

const fileRequests: Record<InventoryFileKey, ParamsIn<'inventory.file'>> = {
  'inventory-csv': { part: 'inventory', format: 'csv' },
  'inventory-xlsx': { part: 'inventory', format: 'xlsx' },
  'plan-csv': { part: 'plan', format: 'csv' },
};

/** The institution's inventory: catalog, calendar, progress, files, the log and its people. */
export interface InventorySlice {
  inventoryOpen: boolean;
  inventoryTab: InventoryTab;
  inventoryFiles: Partial<Record<InventoryFileKey, DownloadFile>>;
  downloadsReport: DownloadsReport | null;
  /** The workspace's open-data liaisons (names or e-mails); empty lets anyone act as one. */
  liaisons: string[];
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
  setInventoryTab(tab: InventoryTab): Promise<void>;
  prepareInventoryFiles(): Promise<boolean>;
  attachDownloads(file: File): Promise<boolean>;
  loadLiaisons(): Promise<void>;
  saveLiaisons(liaisons: string[]): Promise<boolean>;
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
    inventoryTab: 'catalog',
    inventoryFiles: {},
    downloadsReport: null,
    liaisons: [],
    catalog: [],
    calendarYear: new Date().getFullYear(),
    calendar: [],
    progress: null,
    progressHtml: '',

    async openInventory() {
      set({
        inventoryOpen: true,
        inventoryTab: 'catalog',
        inventoryFiles: {},
        downloadsReport: null,
      });
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
      // The files made before a change would no longer match the catalog.
      set({ inventoryFiles: {} });
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

    async setInventoryTab(tab) {
      set({ inventoryTab: tab });
      if (tab === 'log') await get().loadLog();
      if (tab === 'people') await get().loadLiaisons();
    },

    async prepareInventoryFiles() {
      const keys = Object.keys(fileRequests) as InventoryFileKey[];
      const results = await Promise.all(
        keys.map((key) => safeCall(client, 'inventory.file', fileRequests[key])),
      );
      const failed = results.find((result) => !result.ok);
      if (failed && !failed.ok) {
        get().showError(failed.error);
        return false;
      }
      const files: Partial<Record<InventoryFileKey, DownloadFile>> = {};
      results.forEach((result, index) => {
        if (result.ok) files[keys[index]] = result.value;
      });
      set({ inventoryFiles: files });
      return true;
    },

    async attachDownloads(file) {
      set({ downloadsReport: null });
      const path = await chosenFilePath(client, file, get().showError);
      if (path === null) return false;
      const result = await safeCall(client, 'inventory.downloads', { file: path });
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      set({ downloadsReport: result.value });
      await get().loadInventory();
      return true;
    },

    async loadLiaisons() {
      const result = await safeCall(client, 'review.liaisons', {});
      if (!result.ok) return get().showError(result.error);
      set({ liaisons: result.value.liaisons });
    },

    async saveLiaisons(liaisons) {
      const cleaned = [...new Set(liaisons.map((person) => person.trim()).filter(Boolean))];
      const result = await safeCall(client, 'review.setLiaisons', { liaisons: cleaned });
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      set({ liaisons: result.value.liaisons });
      return true;
    },
  };
}
