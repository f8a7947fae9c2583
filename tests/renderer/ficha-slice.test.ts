import { describe, expect, it } from 'vitest';
import type { FichaRecord } from '../../shared/api/metadata';
import { emptyFicha } from '../../shared/metadata/model';
import { allVocabularies } from '../../shared/vocabularies';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient, memoryStorage } from './fake-client';

function record(): FichaRecord {
  const ficha = { ...emptyFicha(), title: 'Emisiones por municipio, 2008' };
  return { dataset: 'inv', ficha, updatedAt: null, updatedBy: null, embedded: null };
}

function storeWithFicha() {
  const fake = fakeClient({
    'metadata.get': () => ({ ok: true, value: record() }),
    'metadata.set': (params) => ({ ok: true, value: { ...record(), ficha: params.ficha } }),
    'validation.run': () => ({
      ok: true,
      value: {
        dataset: 'inv',
        checkedAt: '',
        profiles: [],
        counts: { error: 0, warning: 1, advice: 0 },
        checklist: [],
        findings: [
          {
            rule: 'quality.whitespace',
            severity: 'warning',
            location: { column: 'estado' },
            message: { es: 'espacios', en: 'spaces' },
            fix: { kind: 'operation', step: { op: 'trim', column: 'estado' } },
          },
        ],
      },
    }),
    'keywords.suggest': () => ({
      ok: true,
      value: {
        suggestions: [{ keyword: 'emisiones', score: 9, sources: ['title'], controlled: true }],
        warnings: [],
      },
    }),
    'vocabularies.list': () => ({ ok: true, value: allVocabularies() }),
  });
  const store = createFichaStore(fake.client, memoryStorage());
  store.setState({ gridDataset: 'inv' });
  return { store, calls: fake.calls };
}

describe('the ficha slice', () => {
  it('loads the ficha, suggestions, lists and the table findings of the last report', async () => {
    const { store } = storeWithFicha();
    await store.getState().loadFicha();
    const state = store.getState();

    expect(state.fichaDraft?.title).toBe('Emisiones por municipio, 2008');
    expect(state.fichaKeywords.map((k) => k.keyword)).toEqual(['emisiones']);
    expect(state.fichaVocabularies?.periodicities.length).toBe(16);
    expect(state.fichaFindings.map((f) => f.rule)).toContain('quality.whitespace');
    expect(state.fichaFindings.map((f) => f.rule)).toContain('portal.required-fields');
  });

  it('re-checks the draft as the person types, without a round trip', async () => {
    const { store, calls } = storeWithFicha();
    await store.getState().loadFicha();
    const before = calls.length;

    store.getState().editFicha('contact.email', 'ana en inecc');
    expect(store.getState().fichaFindings.some((f) => f.rule === 'portal.email-format')).toBe(true);
    store.getState().editFicha('contact.email', 'ana@inecc.gob.mx');
    expect(store.getState().fichaFindings.some((f) => f.rule === 'portal.email-format')).toBe(
      false,
    );
    expect(store.getState().fichaDraft?.sources['contact.email']).toBe('person');
    expect(calls.length).toBe(before);
  });

  it('adds a suggested keyword, applies a field fix and saves the draft', async () => {
    const { store, calls } = storeWithFicha();
    await store.getState().loadFicha();

    store.getState().addKeyword('emisiones');
    await store.getState().applyFindingFix({
      rule: 'portal.periodicity-known',
      severity: 'error',
      location: { field: 'periodicity' },
      message: { es: '', en: '' },
      fix: { kind: 'field', field: 'periodicity', value: 'R/P1Y' },
    });
    expect(store.getState().fichaDirty).toBe(true);
    expect(await store.getState().saveFicha()).toBe(true);

    const saved = calls.find((c) => c.name === 'metadata.set')?.params.ficha as {
      keywords: string[];
      periodicity: string;
    };
    expect(saved.keywords).toEqual(['emisiones']);
    expect(saved.periodicity).toBe('R/P1Y');
  });

  it('keeps unsaved edits when the other tab loads the ficha again', async () => {
    const { store } = storeWithFicha();
    await store.getState().loadFicha();
    store.getState().editFicha('description', 'Emisiones por municipio.');
    await store.getState().loadFicha();
    expect(store.getState().fichaDraft?.description).toBe('Emisiones por municipio.');
    expect(store.getState().fichaDirty).toBe(true);
  });
});
