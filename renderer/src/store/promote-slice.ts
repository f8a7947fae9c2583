import type { KitPreview } from '../../../shared/api/promote';
import type {
  Blackout,
  KeyFigureSpec,
  Promotion,
  PromotionTexts,
} from '../../../shared/promote/types';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** A promotion as the form records it. */
export interface PromotionInput {
  date: string;
  channel: string;
  link: string;
  note: string;
}

/** What recording a promotion came to: done, refused, or waiting for a blackout's confirmation. */
export type RecordOutcome = 'recorded' | 'failed' | 'confirm';

/** The Difusión tab: the card and texts of one dataset and its promotions. */
export interface PromoteSlice {
  promoteDataset: string | null;
  kit: KitPreview | null;
  kitBusy: boolean;
  /** The figure asked for: undefined lets the engine pick, null shows none. */
  figureSpec: KeyFigureSpec | null | undefined;
  texts: PromotionTexts | null;
  promotions: Promotion[];
  /** Periods of restricted communication of the workspace. */
  blackouts: Blackout[];
  loadBlackouts(): Promise<void>;
  addBlackout(start: string, end: string, reason: string): Promise<boolean>;
  removeBlackout(id: string): Promise<void>;
  /** The bimonthly report's printable HTML, once asked for. */
  promotionReportHtml: string;
  loadPromotionReport(): Promise<void>;
  loadPromote(dataset: string): Promise<void>;
  chooseFigure(spec: KeyFigureSpec | null | undefined): Promise<void>;
  editText(key: keyof PromotionTexts, value: string): void;
  recordPromotion(input: PromotionInput, confirmBlackout?: boolean): Promise<RecordOutcome>;
}

/** Creates the promote slice. */
export function createPromoteSlice({ set, get, client }: SliceContext): PromoteSlice {
  async function loadKit(dataset: string) {
    const spec = get().figureSpec;
    set({ kitBusy: true });
    const result = await safeCall(client, 'promote.kit', {
      dataset,
      ...(spec === undefined ? {} : { figure: spec }),
    });
    set({ kitBusy: false });
    if (get().promoteDataset !== dataset) return;
    if (!result.ok) return get().showError(result.error);
    // The person's edits are kept when only the figure changes.
    set({ kit: result.value, texts: get().texts ?? result.value.texts });
  }

  async function loadPromotions(dataset: string) {
    const result = await safeCall(client, 'promote.list', { dataset });
    if (!result.ok) return get().showError(result.error);
    set({ promotions: result.value });
  }

  return {
    promoteDataset: null,
    kit: null,
    kitBusy: false,
    figureSpec: undefined,
    texts: null,
    promotions: [],
    blackouts: [],
    promotionReportHtml: '',

    async loadBlackouts() {
      const result = await safeCall(client, 'promote.blackouts', {});
      if (!result.ok) return get().showError(result.error);
      set({ blackouts: result.value });
    },

    async addBlackout(start, end, reason) {
      const result = await safeCall(client, 'promote.addBlackout', { start, end, reason });
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      await get().loadBlackouts();
      return true;
    },

    async removeBlackout(id) {
      const result = await safeCall(client, 'promote.removeBlackout', { id });
      if (!result.ok) return get().showError(result.error);
      await get().loadBlackouts();
    },

    async loadPromote(dataset) {
      if (get().promoteDataset !== dataset) {
        set({
          promoteDataset: dataset,
          kit: null,
          texts: null,
          figureSpec: undefined,
          promotions: [],
        });
      }
      await Promise.all([loadKit(dataset), loadPromotions(dataset)]);
    },

    async chooseFigure(spec) {
      set({ figureSpec: spec });
      const dataset = get().promoteDataset;
      if (dataset) await loadKit(dataset);
    },

    async loadPromotionReport() {
      const result = await safeCall(client, 'promote.report', {});
      if (!result.ok) return get().showError(result.error);
      set({ promotionReportHtml: result.value.html });
    },

    editText(key, value) {
      const texts = get().texts;
      if (texts) set({ texts: { ...texts, [key]: value } });
    },

    async recordPromotion(input, confirmBlackout) {
      const dataset = get().promoteDataset;
      if (!dataset) return 'failed';
      const result = await safeCall(client, 'promote.record', {
        dataset,
        date: input.date,
        channel: input.channel.trim(),
        ...(input.link.trim() ? { link: input.link.trim() } : {}),
        ...(input.note.trim() ? { note: input.note.trim() } : {}),
        ...(confirmBlackout ? { confirmBlackout: true } : {}),
      });
      if (!result.ok) {
        if (result.error.code === 'BLACKOUT_CONFIRM') return 'confirm';
        get().showError(result.error);
        return 'failed';
      }
      await loadPromotions(dataset);
      return 'recorded';
    },
  };
}
