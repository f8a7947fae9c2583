import type { ExportPlan, ExportRecord, ExportResult } from '../../../shared/api/export';
import type { DatasetValidation } from '../../../shared/api/metadata';
import type { ExportZip } from '../../../shared/api/package';
import type { Progress } from '../../../shared/import';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** The choices of the Exportar tab. */
export interface ExportChoices {
  zip: boolean;
  xlsx: boolean;
  /** Export over validation errors; the package is then a draft. */
  force: boolean;
  /** The column to split an oversize table by; '' keeps one file. */
  splitBy: string;
}

/** Where the Exportar tab's job stands. */
export type ExportPhase = 'idle' | 'running' | 'done' | 'cancelled';

/**
 * The Exportar tab: what the export would write (size against the upload
 * limit, ways to split), the validation that may block it, the person's
 * choices, the running job and its outcome, the past exports, and the
 * zip of one of them once asked for.
 */
export interface ExportSlice {
  exportDataset: string | null;
  exportPlan: ExportPlan | null;
  exportValidation: DatasetValidation | null;
  exportHistory: ExportRecord[];
  exportChoices: ExportChoices;
  exportPhase: ExportPhase;
  exportJobId: string | null;
  exportProgress: Progress | null;
  exportResult: ExportResult | null;
  /** The zip last fetched for download, by export id. */
  exportZip: (ExportZip & { exportId: number }) | null;
  exportZipBusy: number | null;
  loadExport(): Promise<void>;
  setExportChoice<K extends keyof ExportChoices>(key: K, value: ExportChoices[K]): void;
  /** Whether the choices let the export start: errors need the draft box ticked. */
  exportBlocked(): boolean;
  runExport(): Promise<void>;
  cancelExport(): Promise<void>;
  fetchExportZip(exportId: number): Promise<ExportZip | null>;
}

const freshChoices: ExportChoices = { zip: true, xlsx: false, force: false, splitBy: '' };

function newJobId(): string {
  return `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates the Exportar slice. */
export function createExportSlice({ set, get, client }: SliceContext): ExportSlice {
  client.onProgress((event) => {
    if (event.jobId === get().exportJobId) set({ exportProgress: event.progress });
  });

  async function loadHistory(dataset: string) {
    const result = await safeCall(client, 'export.history', { dataset });
    if (get().exportDataset !== dataset) return;
    if (!result.ok) return get().showError(result.error);
    set({ exportHistory: result.value });
  }

  return {
    exportDataset: null,
    exportPlan: null,
    exportValidation: null,
    exportHistory: [],
    exportChoices: freshChoices,
    exportPhase: 'idle',
    exportJobId: null,
    exportProgress: null,
    exportResult: null,
    exportZip: null,
    exportZipBusy: null,

    async loadExport() {
      const dataset = get().gridDataset;
      if (!dataset) return;
      if (get().exportDataset !== dataset) {
        set({
          exportDataset: dataset,
          exportPlan: null,
          exportValidation: null,
          exportHistory: [],
          exportChoices: freshChoices,
          exportPhase: 'idle',
          exportResult: null,
          exportZip: null,
        });
      }
      const [plan, validation] = await Promise.all([
        safeCall(client, 'export.plan', { dataset }),
        safeCall(client, 'validation.run', { dataset }),
        loadHistory(dataset),
      ]);
      if (get().exportDataset !== dataset) return;
      if (!plan.ok) return get().showError(plan.error);
      if (!validation.ok) return get().showError(validation.error);
      set({ exportPlan: plan.value, exportValidation: validation.value });
    },

    setExportChoice(key, value) {
      set({ exportChoices: { ...get().exportChoices, [key]: value } });
    },

    exportBlocked() {
      const validation = get().exportValidation;
      if (!validation || get().exportPhase === 'running') return true;
      return validation.counts.error > 0 && !get().exportChoices.force;
    },

    async runExport() {
      const dataset = get().exportDataset;
      if (!dataset || get().exportBlocked()) return;
      const { zip, xlsx, force, splitBy } = get().exportChoices;
      const jobId = newJobId();
      set({ exportPhase: 'running', exportJobId: jobId, exportProgress: null, exportResult: null });

      const result = await safeCall(client, 'export.package', {
        dataset,
        zip,
        xlsx,
        force,
        jobId,
        ...(splitBy ? { splitBy } : {}),
      });
      if (get().exportJobId !== jobId) return;

      if (!result.ok) {
        const cancelled = result.error.code === 'CANCELLED';
        set({ exportPhase: cancelled ? 'cancelled' : 'idle', exportJobId: null });
        if (!cancelled) get().showError(result.error);
        return;
      }
      set({ exportPhase: 'done', exportResult: result.value, exportJobId: null });
      await loadHistory(dataset);
    },

    async cancelExport() {
      const jobId = get().exportJobId;
      if (!jobId) return;
      const result = await safeCall(client, 'jobs.cancel', { jobId });
      if (!result.ok) get().showError(result.error);
    },

    async fetchExportZip(exportId) {
      const dataset = get().exportDataset;
      if (!dataset) return null;
      const kept = get().exportZip;
      if (kept?.exportId === exportId) return kept;
      set({ exportZipBusy: exportId });
      const result = await safeCall(client, 'export.zip', { dataset, exportId });
      set({ exportZipBusy: null });
      if (!result.ok) {
        get().showError(result.error);
        return null;
      }
      set({ exportZip: { ...result.value, exportId } });
      return result.value;
    },
  };
}
