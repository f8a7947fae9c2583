import type { CommentTarget } from '../../../../shared/review/types';
import { threadsAt } from '../../store/comment-places';
import { CommentMark } from './comment-mark';
import { useCommentPlaces } from './use-comment-places';

/** The open-comment mark of one place (a field, a column), or nothing when it has none. */
export function PlaceMark(props: { target: CommentTarget; tabbable?: boolean; where?: string }) {
  const places = useCommentPlaces();
  const threads = threadsAt(places, props.target);
  if (threads.length === 0) return null;
  return (
    <CommentMark
      target={props.target}
      threads={threads}
      tabbable={props.tabbable}
      where={props.where}
    />
  );
}
