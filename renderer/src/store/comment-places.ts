import type { CommentTarget, CommentThread } from '../../../shared/review/types';

/** The open threads of a dataset grouped by what they are about. */
export interface CommentPlaces {
  dataset: CommentThread[];
  fields: Map<string, CommentThread[]>;
  columns: Map<string, CommentThread[]>;
  /** By row number in the table's own order (1 is the first row, as `--row 1`). */
  rows: Map<number, CommentThread[]>;
}

/** No open comments anywhere; shared so that selectors return a stable value. */
export const noCommentPlaces: CommentPlaces = {
  dataset: [],
  fields: new Map(),
  columns: new Map(),
  rows: new Map(),
};

/** Groups the open threads by their target; resolved threads are left out. */
export function commentPlaces(threads: readonly CommentThread[]): CommentPlaces {
  const places: CommentPlaces = {
    dataset: [],
    fields: new Map(),
    columns: new Map(),
    rows: new Map(),
  };
  for (const thread of threads) {
    if (thread.resolved) continue;
    const target = thread.target;
    if (target.kind === 'field') push(places.fields, target.field, thread);
    else if (target.kind === 'column') push(places.columns, target.column, thread);
    else if (target.kind === 'row') push(places.rows, target.row, thread);
    else places.dataset.push(thread);
  }
  return places;
}

/** The open threads on one target. */
export function threadsAt(places: CommentPlaces, target: CommentTarget): CommentThread[] {
  if (target.kind === 'field') return places.fields.get(target.field) ?? [];
  if (target.kind === 'column') return places.columns.get(target.column) ?? [];
  if (target.kind === 'row') return places.rows.get(target.row) ?? [];
  return places.dataset;
}

function push<K>(map: Map<K, CommentThread[]>, key: K, thread: CommentThread): void {
  const list = map.get(key);
  if (list) list.push(thread);
  else map.set(key, [thread]);
}
