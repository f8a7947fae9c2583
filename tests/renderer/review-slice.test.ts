import { describe, expect, it } from 'vitest';
import { errorData } from '../../shared/errors';
import type { CommentThread, ReviewState } from '../../shared/review/types';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

function reviewState(status: ReviewState['status']): ReviewState {
  return {
    status,
    role: 'reviewer',
    next: status === 'en-revision' ? ['aprobado', 'cambios-solicitados'] : [],
    publishedAt: null,
    portalUrl: null,
    history: [],
    openThreads: 0,
  };
}

const noChanges = {
  since: { kind: 'none' as const, at: null },
  fields: [],
  steps: { added: [], removed: [] },
  columns: { added: [], removed: [], retyped: [] },
  rows: { before: null, after: 10 },
};

function reviewAnswers() {
  let status: ReviewState['status'] = 'en-revision';
  const threads: CommentThread[] = [];
  return {
    'review.state': () => ok(reviewState(status)),
    'review.comments': () => ok(threads),
    'review.changes': () => ok(noChanges),
    'review.setStatus': (params: Record<string, unknown>) => {
      status = params.to as ReviewState['status'];
      return ok({ id: 's1' });
    },
    'review.comment': (params: Record<string, unknown>) => {
      threads.push({
        id: `t${threads.length + 1}`,
        target: params.target as CommentThread['target'],
        resolved: false,
        comments: [],
      });
      return ok({ id: 'c1' });
    },
    'review.resolve': () => ok({ resolved: 't1' }),
  };
}

describe('the review slice', () => {
  it('loads the status, the threads and the changes of a dataset', async () => {
    const fake = fakeClient(reviewAnswers() as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().loadReview('emisiones');

    expect(store.getState().review?.next).toEqual(['aprobado', 'cambios-solicitados']);
    expect(store.getState().changes?.since.kind).toBe('none');
    expect(fake.calls.map((call) => call.params.dataset)).toEqual([
      'emisiones',
      'emisiones',
      'emisiones',
    ]);
  });

  it('moves the status with the note and reloads the state', async () => {
    const fake = fakeClient(reviewAnswers() as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');

    const done = await store.getState().moveStatus('aprobado', '  Listo  ');

    expect(done).toBe(true);
    const call = fake.calls.find((c) => c.name === 'review.setStatus');
    expect(call?.params).toEqual({ dataset: 'emisiones', to: 'aprobado', note: 'Listo' });
    expect(store.getState().review?.status).toBe('aprobado');
  });

  it('sends a comment on a column and shows the new thread', async () => {
    const fake = fakeClient(reviewAnswers() as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');

    await store.getState().addComment('Unidades?', { kind: 'column', column: 'co2_gg' });

    expect(store.getState().threads[0].target).toEqual({ kind: 'column', column: 'co2_gg' });
  });

  it('shows the engine error and reports failure when a move is refused', async () => {
    const fake = fakeClient({
      ...reviewAnswers(),
      'review.setStatus': () => ({ ok: false, error: errorData('STATUS_NOT_ALLOWED') }),
    } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');

    const done = await store.getState().moveStatus('aprobado', '');

    expect(done).toBe(false);
    expect(store.getState().error?.code).toBe('STATUS_NOT_ALLOWED');
    expect(store.getState().reviewBusy).toBe(false);
  });

  it('asks for resolved threads too once the person wants to see them', async () => {
    const fake = fakeClient(reviewAnswers() as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');

    await store.getState().setShowResolved(true);

    const asked = fake.calls.filter((c) => c.name === 'review.comments').map((c) => c.params);
    expect(asked.at(-1)).toEqual({ dataset: 'emisiones', includeResolved: true });
  });
});

describe('the review slice’s comparison, bundles and merges', () => {
  it('asks for the changes since the last export when the switch says so', async () => {
    const fake = fakeClient({
      ...reviewAnswers(),
      'review.changes': (params: Record<string, unknown>) =>
        ok({ ...noChanges, since: { kind: params.since, at: '2026-12-01T10:00:00Z' } }),
    } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');

    await store.getState().setChangesSince('export');

    const asked = fake.calls.filter((c) => c.name === 'review.changes').map((c) => c.params);
    expect(asked).toEqual([
      { dataset: 'emisiones', since: 'approval' },
      { dataset: 'emisiones', since: 'export' },
    ]);
    expect(store.getState().changes?.since.kind).toBe('export');

    // A reload keeps the chosen comparison.
    await store.getState().resolveThread('t1');
    expect(fake.calls.filter((c) => c.name === 'review.changes').at(-1)?.params.since).toBe(
      'export',
    );
  });

  it('prepares the review bundle of the open dataset as a download', async () => {
    const file = { name: 'emisiones-revision.ficha', mediaType: 'x', base64: 'AAE=', rows: 9 };
    const fake = fakeClient({ ...reviewAnswers(), 'review.bundleFile': () => ok(file) } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');

    expect(await store.getState().prepareBundle()).toBe(true);

    expect(fake.calls.find((c) => c.name === 'review.bundleFile')?.params).toEqual({
      dataset: 'emisiones',
    });
    expect(store.getState().bundle?.name).toBe('emisiones-revision.ficha');
    await store.getState().loadReview('calidad_aire');
    expect(store.getState().bundle).toBeNull();
  });

  it('merges a returned bundle through the uploaded file and reloads the review', async () => {
    const report = {
      dataset: 'emisiones',
      comments: 2,
      resolutions: 0,
      statusChanges: 1,
      refused: 0,
    };
    const fake = fakeClient({ ...reviewAnswers(), 'review.merge': () => ok(report) } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');
    const before = fake.calls.filter((c) => c.name === 'review.state').length;

    const done = await store.getState().mergeBundle(new File(['x'], 'devuelto.ficha'));

    expect(done).toBe(true);
    expect(fake.calls.find((c) => c.name === 'review.merge')?.params).toEqual({
      file: '/uploads/devuelto.ficha',
    });
    expect(store.getState().mergeReport).toEqual(report);
    expect(fake.calls.filter((c) => c.name === 'review.state').length).toBe(before + 1);
  });

  it('shows why a bundle cannot be merged and keeps no report', async () => {
    const fake = fakeClient({
      ...reviewAnswers(),
      'review.merge': () => ({ ok: false, error: errorData('WORKSPACE_READ_ONLY') }),
    } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadReview('emisiones');

    expect(await store.getState().mergeBundle(new File(['x'], 'otro.ficha'))).toBe(false);
    expect(store.getState().error?.code).toBe('WORKSPACE_READ_ONLY');
    expect(store.getState().mergeReport).toBeNull();
  });
});
