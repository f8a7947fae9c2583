import { useEffect } from 'react';
import { noCommentPlaces } from '../../store/comment-places';
import type { CommentPlaces } from '../../store/comment-places';
import { useFicha } from '../../store/use-ficha';

/**
 * The open comments of the open dataset by place, loaded when the dataset
 * opens (or its table changes) and again whenever the Revisión tab's
 * threads change (a comment added, answered or resolved). Every component
 * that shows marks calls it; the slice loads once per change.
 */
export function useCommentPlaces(): CommentPlaces {
  const dataset = useFicha((state) => state.gridDataset);
  const threads = useFicha((state) => state.threads);
  const generation = useFicha((state) => state.gridGeneration);
  const refresh = useFicha((state) => state.refreshCommentMarks);
  const places = useFicha((state) =>
    state.commentMarksDataset === dataset ? state.commentPlaces : noCommentPlaces,
  );

  useEffect(() => {
    if (dataset) refresh(dataset, threads, generation);
  }, [dataset, threads, generation, refresh]);

  return places;
}
