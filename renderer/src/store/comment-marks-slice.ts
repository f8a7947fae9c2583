import { safeCall } from '../api/client';
import { commentPlaces, noCommentPlaces } from './comment-places';
import type { CommentPlaces } from './comment-places';
import type { SliceContext } from './types';

/**
 * The places of the open dataset that have open comments, for the marks in
 * the grid, the ficha and the dictionary. Read with `review.comments`
 * (open threads only), apart from the Revisión tab's own list.
 */
export interface CommentMarksSlice {
  commentMarksDataset: string | null;
  commentPlaces: CommentPlaces;
  loadCommentMarks(dataset: string): Promise<void>;
  /**
   * Loads the marks of a dataset unless they were already loaded for it
   * with the same triggers: the Revisión tab's threads (a new array when a
   * comment is added, answered or resolved) and the grid's generation (a
   * new number each time the dataset is opened or its table changes).
   */
  refreshCommentMarks(dataset: string, threads: unknown, generation: number): void;
  /** The thread the Revisión tab should bring into view, set by a mark's "Ver en Revisión". */
  focusedThread: string | null;
  /** Opens the Revisión tab at one thread. */
  showThread(threadId: string): void;
  /** Called by the thread once it is in view, so that later visits open at the top. */
  threadShown(): void;
}

/** Creates the comment marks slice. */
export function createCommentMarksSlice({ set, get, client }: SliceContext): CommentMarksSlice {
  let loadedFor: { dataset: string; threads: unknown; generation: number } | null = null;

  return {
    commentMarksDataset: null,
    commentPlaces: noCommentPlaces,
    focusedThread: null,

    async loadCommentMarks(dataset) {
      if (get().commentMarksDataset !== dataset) {
        set({ commentMarksDataset: dataset, commentPlaces: noCommentPlaces });
      }
      const result = await safeCall(client, 'review.comments', { dataset, includeResolved: false });
      if (get().commentMarksDataset !== dataset) return;

      // Marks are a hint beside the data: a failed read leaves them off without an alert,
      // and the Revisión tab, which reads the same threads, shows the error.
      set({ commentPlaces: result.ok ? commentPlaces(result.value) : noCommentPlaces });
    },

    refreshCommentMarks(dataset, threads, generation) {
      const same =
        loadedFor?.dataset === dataset &&
        loadedFor.threads === threads &&
        loadedFor.generation === generation;
      if (same) return;
      loadedFor = { dataset, threads, generation };
      void get().loadCommentMarks(dataset);
    },

    showThread(threadId) {
      set({ focusedThread: threadId });
      get().setTab('review');
    },

    threadShown() {
      set({ focusedThread: null });
    },
  };
}
