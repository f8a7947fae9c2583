import type {
  Encoding,
  ImportOptions,
  ImportResult,
  InspectResult,
  Progress,
} from '../../../shared/import';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** Where the wizard is: choosing, reading, reviewing, importing, finished. */
export type WizardPhase = 'choose' | 'reading' | 'review' | 'importing' | 'done' | 'cancelled';

/** What a click on a preview row sets. */
export type MarkMode = 'headerStart' | 'headerEnd' | 'lastRow';

/** The import wizard: the file, what inspect found, the person's overrides, the job. */
export interface ImportWizardSlice {
  wizardOpen: boolean;
  wizardPhase: WizardPhase;
  wizardFileName: string | null;
  wizardPath: string | null;
  wizardInspect: InspectResult | null;
  wizardOptions: ImportOptions;
  wizardMarkMode: MarkMode;
  wizardJobId: string | null;
  wizardProgress: Progress | null;
  wizardResult: ImportResult | null;
  openWizard(): void;
  closeWizard(): void;
  chooseFile(file: File): Promise<void>;
  /** A file dropped on the window: opens the wizard on it unless the workspace is read-only. */
  dropFile(file: File): Promise<void>;
  /** Opens the wizard on a file the engine can already read (a native dialog's path). */
  choosePath(path: string, fileName: string): Promise<void>;
  setImportOption<K extends keyof ImportOptions>(key: K, value: ImportOptions[K]): void;
  setMarkMode(mode: MarkMode): void;
  markRow(row: number): void;
  setRegion(region: { headerStart?: number; headerEnd?: number; lastRow?: number }): void;
  resetRegion(): void;
  runImport(): Promise<void>;
  cancelImport(): Promise<void>;
}

const fresh = {
  wizardPhase: 'choose' as WizardPhase,
  wizardFileName: null,
  wizardPath: null,
  wizardInspect: null,
  wizardOptions: {},
  wizardMarkMode: 'headerStart' as MarkMode,
  wizardJobId: null,
  wizardProgress: null,
  wizardResult: null,
};

/** Options that re-run inspect when they change (the name does not). */
const regionKeys = ['headerRows', 'skipRows', 'lastRow'] as const;

/**
 * Turns header start, header end and last row into the importer's
 * overrides; the header is kept one row at least and above the last row.
 */
export function regionOptions(
  headerStart: number,
  headerEnd: number,
  lastRow: number | undefined,
): Pick<ImportOptions, 'headerRows' | 'skipRows' | 'lastRow'> {
  const start = Math.max(1, Math.round(headerStart));
  const end = Math.max(start, Math.round(headerEnd));
  const last = lastRow === undefined ? undefined : Math.max(end + 1, Math.round(lastRow));
  return { headerRows: [start, end], skipRows: start - 1, lastRow: last };
}

function newJobId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Creates the import wizard slice. */
export function createImportWizardSlice({ set, get, client }: SliceContext): ImportWizardSlice {
  let sequence = 0;

  // Runs inspect with the current overrides; an older answer never replaces a newer one.
  async function inspect() {
    const { wizardPath, wizardOptions } = get();
    if (!wizardPath) return;
    sequence += 1;
    const mine = sequence;
    set({ wizardPhase: 'reading' });

    const { name: _name, ...options } = wizardOptions;
    const result = await safeCall(client, 'import.inspect', { ...options, file: wizardPath });
    if (mine !== sequence) return;
    if (!result.ok) {
      set({ wizardPhase: get().wizardInspect ? 'review' : 'choose' });
      return get().showError(result.error);
    }
    set({ wizardInspect: result.value, wizardPhase: 'review' });
  }

  client.onProgress((event) => {
    if (event.jobId === get().wizardJobId) set({ wizardProgress: event.progress });
  });

  return {
    wizardOpen: false,
    ...fresh,

    openWizard() {
      sequence += 1;
      set({ wizardOpen: true, ...fresh });
    },

    closeWizard() {
      if (get().wizardPhase === 'importing') return;
      sequence += 1;
      set({ wizardOpen: false, ...fresh });
    },

    async chooseFile(file) {
      sequence += 1;
      set({ ...fresh, wizardPhase: 'reading', wizardFileName: file.name });
      const path = await client.resolveFile(file);
      if (!path.ok) {
        set({ wizardPhase: 'choose' });
        return get().showError(path.error);
      }
      await get().choosePath(path.value, file.name);
    },

    async dropFile(file) {
      if (get().workspace?.readOnly || get().wizardPhase === 'importing') return;
      set({ wizardOpen: true });
      await get().chooseFile(file);
    },

    async choosePath(path, fileName) {
      const stem = fileName.replace(/\.[^.]+$/, '');
      set({
        wizardOpen: true,
        wizardFileName: fileName,
        wizardPath: path,
        wizardOptions: { name: stem },
      });
      await inspect();
    },

    setImportOption(key, value) {
      const options = { ...get().wizardOptions, [key]: value };
      if (value === undefined || value === '') delete options[key];
      // A new sheet or encoding has its own layout: let the importer find it again.
      if (key === 'sheet' || key === 'encoding' || key === 'delimiter') {
        for (const region of regionKeys) delete options[region];
      }
      set({ wizardOptions: options });
      if (key !== 'name') void inspect();
    },

    setMarkMode(mode) {
      set({ wizardMarkMode: mode });
    },

    markRow(row) {
      const mode = get().wizardMarkMode;
      if (mode === 'headerStart') get().setRegion({ headerStart: row });
      if (mode === 'headerEnd') get().setRegion({ headerEnd: row });
      if (mode === 'lastRow') get().setRegion({ lastRow: row });
    },

    setRegion(change) {
      const region = get().wizardInspect?.region;
      if (!region) return;
      const headerStart = change.headerStart ?? region.headerRows[0];
      let headerEnd = change.headerEnd ?? region.headerRows[1];
      if (change.headerStart !== undefined && headerEnd < headerStart) headerEnd = headerStart;
      const lastRow = change.lastRow ?? get().wizardOptions.lastRow;
      const options = { ...get().wizardOptions, ...regionOptions(headerStart, headerEnd, lastRow) };
      if (options.lastRow === undefined) delete options.lastRow;
      set({ wizardOptions: options });
      void inspect();
    },

    resetRegion() {
      const options = { ...get().wizardOptions };
      for (const region of regionKeys) delete options[region];
      set({ wizardOptions: options });
      void inspect();
    },

    async runImport() {
      const { wizardPath, wizardOptions, wizardInspect } = get();
      if (!wizardPath || !wizardInspect) return;
      const jobId = newJobId();
      set({ wizardPhase: 'importing', wizardJobId: jobId, wizardProgress: null });

      const sheet = wizardOptions.sheet ?? wizardInspect.sheet;
      const encoding = (wizardOptions.encoding ?? undefined) as Encoding | undefined;
      const result = await safeCall(client, 'import.run', {
        ...wizardOptions,
        sheet,
        encoding,
        file: wizardPath,
        jobId,
      });
      if (get().wizardJobId !== jobId) return;

      if (!result.ok) {
        const cancelled = result.error.code === 'CANCELLED';
        set({ wizardPhase: cancelled ? 'cancelled' : 'review', wizardJobId: null });
        if (!cancelled) get().showError(result.error);
        return;
      }
      set({ wizardPhase: 'done', wizardResult: result.value, wizardJobId: null });
      await get().loadDatasets();
    },

    async cancelImport() {
      const jobId = get().wizardJobId;
      if (!jobId) return;
      const result = await safeCall(client, 'jobs.cancel', { jobId });
      if (!result.ok) get().showError(result.error);
    },
  };
}
