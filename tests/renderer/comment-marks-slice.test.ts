import { describe, expect, it } from 'vitest';
import { errorData } from '../../shared/errors';
import type { CommentTarget, CommentThread } from '../../shared/review/types';
import { commentPlaces, threadsAt } from '../../renderer/src/store/comment-places';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient, settle } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

function thread(id: string, target: CommentTarget, resolved = false): CommentThread {
  const comment = {
    id,
    datasetId: 'd1',
    threadId: id,
    target,
    author: { name: 'Raúl Revisor', email: '' },
    at: '2026-12-03T10:42:00Z',
    text: 'Revisar',
    resolvedAt: resolved ? '2026-12-03T11:00:00Z' : null,
    resolvedBy: resolved ? 'Ana' : null,
    pending: false,
  };
  return { id, target, resolved, comments: [comment] };
}

describe('the places of open comments', () => {
  it('groups open threads by field, column, row and dataset and leaves resolved ones out', () => {
    const places = commentPlaces([
      thread('t1', { kind: 'column', column: 'estado' }),
      thread('t2', { kind: 'column', column: 'estado' }),
      thread('t3', { kind: 'row', row: 12 }),
      thread('t4', { kind: 'field', field: 'title' }),
      thread('t5', { kind: 'dataset' }),
      thread('t6', { kind: 'column', column: 'anio' }, true),
    ]);

    expect(places.columns.get('estado')?.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(places.columns.has('anio')).toBe(false);
    expect(threadsAt(places, { kind: 'row', row: 12 }).map((t) => t.id)).toEqual(['t3']);
    expect(threadsAt(places, { kind: 'field', field: 'title' })).toHaveLength(1);
    expect(threadsAt(places, { kind: 'field', field: 'description' })).toEqual([]);
    expect(places.dataset.map((t) => t.id)).toEqual(['t5']);
  });
});

describe('the comment marks slice', () => {
  it('reads only the open threads of the dataset and groups them', async () => {
    const fake = fakeClient({
      'review.comments': () => ok([thread('t1', { kind: 'column', column: 'estado' })]),
    });
    const store = createFichaStore(fake.client, null);

    await store.getState().loadCommentMarks('emisiones');

    expect(fake.calls).toEqual([
      { name: 'review.comments', params: { dataset: 'emisiones', includeResolved: false } },
    ]);
    expect(store.getState().commentMarksDataset).toBe('emisiones');
    expect(store.getState().commentPlaces.columns.get('estado')).toHaveLength(1);
  });

  it('loads again when comments or the grid change, and not twice for the same state', async () => {
    let threads = [thread('t1', { kind: 'row', row: 3 })];
    const fake = fakeClient({ 'review.comments': () => ok(threads) });
    const store = createFichaStore(fake.client, null);
    const first: unknown[] = [];

    store.getState().refreshCommentMarks('emisiones', first, 1);
    store.getState().refreshCommentMarks('emisiones', first, 1);
    await settle();
    expect(fake.calls).toHaveLength(1);
    expect(store.getState().commentPlaces.rows.get(3)).toHaveLength(1);

    threads = [thread('t1', { kind: 'row', row: 3 }, true)];
    store.getState().refreshCommentMarks('emisiones', [], 1);
    await settle();
    expect(fake.calls).toHaveLength(2);
    expect(store.getState().commentPlaces.rows.size).toBe(0);

    // The same dataset opened again (a new grid generation) reads comments others added.
    threads = [thread('t2', { kind: 'field', field: 'title' })];
    store.getState().refreshCommentMarks('emisiones', first, 2);
    await settle();
    expect(fake.calls).toHaveLength(3);
    expect(store.getState().commentPlaces.fields.get('title')).toHaveLength(1);
  });

  it('keeps the marks of the dataset now open when an older answer arrives late', async () => {
    let release: () => void = () => {};
    const fake = fakeClient({
      'review.comments': (params) =>
        params.dataset === 'lento'
          ? new Promise((resolve) => {
              release = () => resolve(ok([thread('t9', { kind: 'dataset' })]));
            })
          : ok([thread('t1', { kind: 'field', field: 'title' })]),
    });
    const store = createFichaStore(fake.client, null);

    const slow = store.getState().loadCommentMarks('lento');
    await store.getState().loadCommentMarks('emisiones');
    release();
    await slow;

    expect(store.getState().commentMarksDataset).toBe('emisiones');
    expect(store.getState().commentPlaces.dataset).toEqual([]);
    expect(store.getState().commentPlaces.fields.get('title')).toHaveLength(1);
  });

  it('leaves the marks off without an alert when the threads cannot be read', async () => {
    const fake = fakeClient({
      'review.comments': () => ({ ok: false, error: errorData('DATASET_NOT_FOUND') }),
    });
    const store = createFichaStore(fake.client, null);

    await store.getState().loadCommentMarks('nada');

    expect(store.getState().commentPlaces.columns.size).toBe(0);
    expect(store.getState().error).toBeNull();
  });
});

describe('leading from a mark to its thread', () => {
  it('opens the Revisión tab at the thread, once', () => {
    const store = createFichaStore(fakeClient({}).client, null);

    store.getState().showThread('t2');

    expect(store.getState().tab).toBe('review');
    expect(store.getState().focusedThread).toBe('t2');
    store.getState().threadShown();
    expect(store.getState().focusedThread).toBeNull();
  });
});
