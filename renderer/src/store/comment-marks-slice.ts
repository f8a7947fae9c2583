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
   * with the same trigger (the Revisión tab's threads, which change when a
   * comment is added, answered or resolved).
   */
  refreshCommentMarks(dataset: string, trigger: unknown): void;
}

/** Creates the comment marks slice. */
export function createCommentMarksSlice({ set, get, client }: SliceContext): CommentMarksSlice {
  let loadedFor: { dataset: string; trigger: unknown } | null = null;

  return {
    commentMarksDataset: null,
    commentPlaces: noCommentPlaces,

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

    refreshCommentMarks(dataset, trigger) {
      if (loadedFor?.dataset === dataset && loadedFor.trigger === trigger) return;
      loadedFor = { dataset, trigger };
      void get().loadCommentMarks(dataset);
    },
  };
}
