import type { CommentTarget } from '../../../shared/review/types';
import type { ChangeReport, CommentThread, ReviewState } from '../../../shared/review/types';
import type { DatasetStatus } from '../../../shared/review/status';
import type { ResultOf } from '../../../shared/api';
import type { DownloadFile } from '../../../shared/api/review';
import { safeCall } from '../api/client';
import { chosenFilePath } from './chosen-file';
import type { SliceContext } from './types';

/** What the changes table compares with: the last approval or the last export. */
export type ChangesSince = 'approval' | 'export';

/** What merging a returned review bundle brought in. */
export type MergeReport = ResultOf<'review.merge'>;

/** The Revisión tab: the dataset's status, its comment threads and what changed. */
export interface ReviewSlice {
  reviewDataset: string | null;
  review: ReviewState | null;
  threads: CommentThread[];
  changes: ChangeReport | null;
  changesSince: ChangesSince;
  /** The review bundle ready to download, for the dataset it was made of. */
  bundle: DownloadFile | null;
  mergeReport: MergeReport | null;
  showResolved: boolean;
  reviewBusy: boolean;
  loadReview(dataset: string): Promise<void>;
  setShowResolved(show: boolean): Promise<void>;
  moveStatus(to: DatasetStatus, note: string, portalUrl?: string): Promise<boolean>;
  addComment(text: string, target: CommentTarget, replyTo?: string): Promise<boolean>;
  resolveThread(threadId: string): Promise<boolean>;
  setChangesSince(since: ChangesSince): Promise<void>;
  prepareBundle(): Promise<boolean>;
  mergeBundle(file: File): Promise<boolean>;
}

/** Creates the review slice. */
export function createReviewSlice({ set, get, client }: SliceContext): ReviewSlice {
  // Reads the three parts together; a failed part shows its error and leaves the others.
  async function load(dataset: string) {
    const [state, threads, changes] = await Promise.all([
      safeCall(client, 'review.state', { dataset }),
      safeCall(client, 'review.comments', { dataset, includeResolved: get().showResolved }),
      safeCall(client, 'review.changes', { dataset, since: get().changesSince }),
    ]);
    if (get().reviewDataset !== dataset) return;
    if (!state.ok) get().showError(state.error);
    else if (!threads.ok) get().showError(threads.error);
    else if (!changes.ok) get().showError(changes.error);
    set({
      review: state.ok ? state.value : null,
      threads: threads.ok ? threads.value : [],
      changes: changes.ok ? changes.value : null,
    });
  }

  // Runs a write, then reloads what it changed; false when the engine refused.
  async function write(run: () => ReturnType<typeof safeCall>): Promise<boolean> {
    const dataset = get().reviewDataset;
    if (!dataset) return false;
    set({ reviewBusy: true });
    const result = await run();
    set({ reviewBusy: false });
    if (!result.ok) {
      get().showError(result.error);
      return false;
    }
    await load(dataset);
    return true;
  }

  return {
    reviewDataset: null,
    review: null,
    threads: [],
    changes: null,
    changesSince: 'approval',
    bundle: null,
    mergeReport: null,
    showResolved: false,
    reviewBusy: false,

    async loadReview(dataset) {
      if (get().reviewDataset !== dataset) {
        set({
          reviewDataset: dataset,
          review: null,
          threads: [],
          changes: null,
          bundle: null,
          mergeReport: null,
        });
      }
      await load(dataset);
    },

    async setShowResolved(show) {
      set({ showResolved: show });
      const dataset = get().reviewDataset;
      if (dataset) await load(dataset);
    },

    moveStatus(to, note, portalUrl) {
      const dataset = get().reviewDataset ?? '';
      return write(() =>
        safeCall(client, 'review.setStatus', {
          dataset,
          to,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(portalUrl?.trim() ? { portalUrl: portalUrl.trim() } : {}),
        }),
      );
    },

    addComment(text, target, replyTo) {
      const dataset = get().reviewDataset ?? '';
      return write(() =>
        safeCall(client, 'review.comment', {
          dataset,
          text,
          target,
          ...(replyTo ? { replyTo } : {}),
        }),
      );
    },

    resolveThread(threadId) {
      const dataset = get().reviewDataset ?? '';
      return write(() => safeCall(client, 'review.resolve', { dataset, threadId }));
    },

    async setChangesSince(since) {
      set({ changesSince: since });
      const dataset = get().reviewDataset;
      if (!dataset) return;
      const changes = await safeCall(client, 'review.changes', { dataset, since });
      // A later switch or another dataset wins over this answer.
      if (get().reviewDataset !== dataset || get().changesSince !== since) return;
      if (!changes.ok) return get().showError(changes.error);
      set({ changes: changes.value });
    },

    async prepareBundle() {
      const dataset = get().reviewDataset;
      if (!dataset) return false;
      set({ reviewBusy: true, bundle: null });
      const result = await safeCall(client, 'review.bundleFile', { dataset });
      set({ reviewBusy: false });
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      if (get().reviewDataset === dataset) set({ bundle: result.value });
      return true;
    },

    async mergeBundle(file) {
      set({ mergeReport: null });
      const path = await chosenFilePath(client, file, get().showError);
      if (path === null) return false;
      let report: MergeReport | null = null;
      const merged = await write(async () => {
        const result = await safeCall(client, 'review.merge', { file: path });
        if (result.ok) report = result.value;
        return result;
      });
      set({ mergeReport: report });
      return merged;
    },
  };
}
