import { describe, expect, it } from 'vitest';
import type { HistoryView } from '../../shared/operations/results';
import { historyEntries } from '../../renderer/src/components/cleaning/history-list';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient, memoryStorage } from './fake-client';

const history = (point: number): HistoryView => ({
  dataset: 'inv',
  point,
  steps: [
    {
      seq: 1,
      step: { op: 'trim', column: 'estado' },
      label: { es: 'Recortar espacios en «estado»', en: 'Trim spaces in «estado»' },
      actor: 'Ana',
      email: '',
      at: '2026-12-03T18:00:00Z',
      undone: point < 1,
      rows: 3,
      columns: 2,
      report: { counts: {}, examples: [] },
      group: 1,
    },
  ],
});

function storeWith(point: number) {
  const description = { dataset: { name: 'inv', title: 'inv' }, rows: 3, columns: [], notes: [] };
  const fake = fakeClient({
    'operations.history': () => ({ ok: true, value: history(point) }),
    'operations.suggest': () => ({
      ok: true,
      value: [
        { kind: 'trim', message: { es: 'a', en: 'a' }, steps: [{ op: 'trim', column: 'estado' }] },
      ],
    }),
    'operations.apply': () => ({ ok: true, value: {} }),
    'operations.undo': () => ({ ok: true, value: history(0) }),
    'operations.preview': () => ({ ok: true, value: { label: { es: 'x', en: 'x' }, rows: [] } }),
    'dataset.describe': () => ({ ok: true, value: description }),
    'dataset.rows': () => ({
      ok: true,
      value: { columns: [], rows: [], rowIds: [], offset: 0, total: 0 },
    }),
  });
  const store = createFichaStore(fake.client, memoryStorage());
  store.setState({ gridDataset: 'inv' });
  return { store, calls: fake.calls };
}

describe('the cleaning slice', () => {
  it('loads the history and the suggested fixes of the open dataset', async () => {
    const { store } = storeWith(1);
    await store.getState().loadCleaning();
    expect(store.getState().cleaningHistory?.point).toBe(1);
    expect(store.getState().cleaningSuggestions).toHaveLength(1);
  });

  it('applies a suggestion, then reloads the history and the grid', async () => {
    const { store, calls } = storeWith(1);
    const steps = store.getState().cleaningSuggestions;
    expect(steps).toEqual([]);
    await store.getState().applyCleaning([{ op: 'trim', column: 'estado' }]);
    const names = calls.map((c) => c.name);
    expect(names[0]).toBe('operations.apply');
    expect(names).toEqual(expect.arrayContaining(['operations.history', 'dataset.describe']));
  });

  it('asks the engine to record a suggestion of several steps as one history entry', async () => {
    const { store, calls } = storeWith(1);
    await store.getState().applyCleaning([
      { op: 'unpivot', columns: ['c_1990', 'c_1991'], key: 'anio', value: 'valor' },
      { op: 'to-number', column: 'valor', decimal: '.' },
    ]);
    expect(calls[0]).toMatchObject({ name: 'operations.apply', params: { group: true } });

    await store.getState().applyCleaning([{ op: 'trim', column: 'estado' }]);
    const single = calls.filter((c) => c.name === 'operations.apply')[1];
    expect(single).toMatchObject({ params: { group: false } });
  });

  it('shows steps applied together as one entry of the history list', () => {
    const entry = history(1).steps[0];
    const steps = [
      entry,
      { ...entry, seq: 2, group: 2 },
      { ...entry, seq: 3, group: 2 },
      { ...entry, seq: 4, group: 4 },
    ];
    expect(historyEntries(steps).map((e) => e.map((s) => s.seq))).toEqual([[1], [2, 3], [4]]);
  });

  it('undoes a step through the engine', async () => {
    const { store, calls } = storeWith(1);
    await store.getState().undoCleaning();
    expect(calls[0]).toMatchObject({
      name: 'operations.undo',
      params: { dataset: 'inv', steps: 1 },
    });
  });

  it('keeps a preview until it is applied or closed', async () => {
    const { store } = storeWith(1);
    await store.getState().previewCleaning([{ op: 'trim', column: 'estado' }]);
    expect(store.getState().cleaningPreview?.steps).toHaveLength(1);
    store.getState().closeCleaningPreview();
    expect(store.getState().cleaningPreview).toBeNull();
  });
});
