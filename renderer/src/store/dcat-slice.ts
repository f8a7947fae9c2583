import type { Serialization } from '../../../shared/api/export';
import type { ExportedSerialization } from '../../../shared/api/package';
import type { FichaErrorData } from '../../../shared/result';
import type { Finding } from '../../../shared/validation/types';
import { safeCall } from '../api/client';
import type { FichaState, SliceContext } from './types';

/** The serializations the Vista DCAT tab shows, in the order of its switcher. */
export const dcatFormats = ['turtle', 'jsonld', 'datajson', 'datapackage', 'ckan'] as const;

/** One of the serializations of the Vista DCAT tab. */
export type DcatFormat = (typeof dcatFormats)[number];

/** How long the preview waits after the last edit before asking the engine again. */
export const previewDelay = 300;

/**
 * The Vista DCAT tab: one serialization of the ficha being edited (the
 * draft, saved or not), the same serialization as the last recorded export
 * wrote it, and a problem with either shown in the tab rather than as a
 * banner. Conformance comes from the ficha slice's findings.
 */
export interface DcatSlice {
  dcatFormat: DcatFormat;
  dcatDataset: string | null;
  dcatText: Serialization | null;
  dcatLast: ExportedSerialization | null;
  dcatBusy: boolean;
  dcatError: FichaErrorData | null;
  dcatLastError: FichaErrorData | null;
  loadDcat(): Promise<void>;
  chooseDcatFormat(format: DcatFormat): Promise<void>;
  /** Asks for a new preview once the person stops typing for a moment. */
  schedulePreview(): void;
  refreshPreview(): Promise<void>;
}

/** The findings that bear on one serialization: the rules of the standard it follows. */
export function findingsFor(format: DcatFormat, findings: Finding[]): Finding[] {
  return findings.filter((finding) => ruleFits(format, finding.rule));
}

function ruleFits(format: DcatFormat, rule: string): boolean {
  if (format === 'turtle' || format === 'jsonld') return rule.startsWith('dcat.');
  if (format === 'datapackage') {
    return rule === 'portal.dictionary-coverage' || rule.startsWith('quality.');
  }
  return rule.startsWith('portal.');
}

/** Creates the Vista DCAT slice. */
export function createDcatSlice({ set, get, client }: SliceContext): DcatSlice {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sequence = 0;
  // The draft the shown preview was made from, so an unchanged draft is not sent twice.
  let sent: unknown = undefined;

  // The draft goes along only when it is the open dataset's: the engine serializes it as is.
  function draftOf(state: FichaState, dataset: string) {
    return state.fichaRecord?.dataset === dataset && state.fichaDraft
      ? { ficha: state.fichaDraft }
      : {};
  }

  async function loadLast(dataset: string, format: DcatFormat) {
    const result = await safeCall(client, 'export.lastSerialization', { dataset, format });
    if (get().dcatDataset !== dataset || get().dcatFormat !== format) return;
    set(
      result.ok
        ? { dcatLast: result.value, dcatLastError: null }
        : { dcatLast: null, dcatLastError: result.error },
    );
  }

  return {
    dcatFormat: 'turtle',
    dcatDataset: null,
    dcatText: null,
    dcatLast: null,
    dcatBusy: false,
    dcatError: null,
    dcatLastError: null,

    async loadDcat() {
      const dataset = get().gridDataset;
      if (!dataset) return;
      if (get().dcatDataset !== dataset) {
        set({ dcatDataset: dataset, dcatText: null, dcatLast: null, dcatError: null });
      }
      // The ficha slice keeps the draft and its findings; loading keeps unsaved edits.
      await get().loadFicha();
      await Promise.all([get().refreshPreview(), loadLast(dataset, get().dcatFormat)]);
    },

    async chooseDcatFormat(format) {
      set({ dcatFormat: format, dcatText: null, dcatLast: null, dcatLastError: null });
      const dataset = get().dcatDataset;
      if (!dataset) return;
      await Promise.all([get().refreshPreview(), loadLast(dataset, format)]);
    },

    schedulePreview() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (get().fichaDraft !== sent) void get().refreshPreview();
      }, previewDelay);
    },

    async refreshPreview() {
      const dataset = get().dcatDataset;
      if (!dataset) return;
      const format = get().dcatFormat;
      const mine = ++sequence;
      const draft = draftOf(get(), dataset);
      sent = get().fichaDraft;
      set({ dcatBusy: true });
      const result = await safeCall(client, 'export.preview', { dataset, format, ...draft });
      // An answer overtaken by a newer question is dropped.
      if (mine !== sequence) return;
      set({ dcatBusy: false });
      if (!result.ok) return set({ dcatError: result.error });
      set({ dcatText: result.value, dcatError: null });
    },
  };
}
