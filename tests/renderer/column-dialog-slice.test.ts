import { describe, expect, it } from 'vitest';
import type { ColumnFacet, HistoryView } from '../../shared/operations/results';
import type { Result } from '../../shared/result';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient, memoryStorage } from './fake-client';

const history: HistoryView = { dataset: 'inv', point: 0, steps: [] };
const facet: ColumnFacet = {
  column: 'estado',
  type: 'text',
  rows: 3,
  blank: 1,
  nonBlank: 2,
  mismatched: [],
  values: [{ value: 'Jalisco', count: 2 }],
  distinct: 1,
  histogram: null,
  timeline: null,
};

function storeWith(apply: () => Result<unknown>) {
  const description = { dataset: { name: 'inv', title: 'inv' }, rows: 3, columns: [], notes: [] };
  const fake = fakeClient({
    'operations.history': () => ({ ok: true, value: history }),
    'operations.suggest': () => ({ ok: true, value: [] }),
    'operations.apply': apply,
    'operations.facet': () => ({ ok: true, value: facet }),
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

const failure: Result<unknown> = {
  ok: false,
  error: { code: 'STEP_INVALID', message: { es: 'no', en: 'no' } },
};

describe('the column menu dialog in the cleaning slice', () => {
  it('closes the dialog once its step is applied, and sends the step as given', async () => {
    const { store, calls } = storeWith(() => ({ ok: true, value: {} }));
    store.getState().openColumnDialog('upper', 'estado');
    expect(store.getState().columnDialog).toEqual({ op: 'upper', column: 'estado' });

    const filters = [{ column: 'estado', op: 'in' as const, values: ['Jalisco'] }];
    const step = { op: 'change-case' as const, column: 'estado', case: 'upper' as const, filters };
    expect(await store.getState().applyColumnStep(step)).toBe(true);
    expect(calls[0]).toMatchObject({ name: 'operations.apply', params: { steps: [step] } });
    expect(store.getState().columnDialog).toBeNull();
  });

  it('keeps the dialog open and shows the error when the step is refused', async () => {
    const { store } = storeWith(() => failure);
    store.getState().openColumnDialog('rename', 'estado');
    const step = { op: 'rename-column' as const, column: 'estado', to: 'entidad' };
    expect(await store.getState().applyColumnStep(step)).toBe(false);
    expect(store.getState().columnDialog).not.toBeNull();
    expect(store.getState().error?.code).toBe('STEP_INVALID');
  });

  it('previews a step without keeping it in the state', async () => {
    const { store, calls } = storeWith(() => failure);
    const preview = await store.getState().previewStep({ op: 'trim', column: 'estado' });
    expect(preview?.label.es).toBe('x');
    expect(calls[0]).toMatchObject({ name: 'operations.preview', params: { dataset: 'inv' } });
    expect(store.getState().cleaningPreview).toBeNull();
  });

  it('applies an unpivot from its form as one step, not as a group', async () => {
    const { store, calls } = storeWith(() => ({ ok: true, value: {} }));
    store.getState().openColumnDialog('unpivot', 'c_1990');
    const step = {
      op: 'unpivot' as const,
      columns: ['c_1990', 'c_1991'],
      key: 'anio',
      value: 'valor',
      keyType: 'integer' as const,
    };
    const preview = await store.getState().previewStep(step);
    expect(preview).not.toBeNull();
    expect(calls[0]).toMatchObject({ name: 'operations.preview', params: { step } });
    expect(await store.getState().applyColumnStep(step)).toBe(true);
    const applied = calls.find((c) => c.name === 'operations.apply');
    expect(applied).toMatchObject({ params: { steps: [step], group: false } });
    expect(store.getState().columnDialog).toBeNull();
  });

  it('loads the facet of a column with its search', async () => {
    const { store, calls } = storeWith(() => failure);
    await store.getState().loadFacet('estado', 'jal');
    expect(calls[0]).toMatchObject({ params: { column: 'estado', search: 'jal' } });
    expect(store.getState().cleaningFacet?.values).toEqual([{ value: 'Jalisco', count: 2 }]);
  });
});
