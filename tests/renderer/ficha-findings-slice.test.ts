import { describe, expect, it } from 'vitest';
import type { FichaRecord } from '../../shared/api/metadata';
import { emptyFicha } from '../../shared/metadata/model';
import type { Finding } from '../../shared/validation/types';
import { allVocabularies } from '../../shared/vocabularies';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient, memoryStorage } from './fake-client';

const whitespace: Finding = {
  rule: 'quality.whitespace',
  severity: 'warning',
  location: { column: 'estado' },
  message: { es: 'espacios', en: 'spaces' },
  fix: { kind: 'operation', step: { op: 'trim', column: 'estado' } },
};

function storeWithReports(reports: Finding[][]) {
  const record: FichaRecord = {
    dataset: 'inv',
    ficha: emptyFicha(),
    updatedAt: null,
    updatedBy: null,
    embedded: null,
  };
  const description = { dataset: { name: 'inv', title: 'inv' }, rows: 3, columns: [], notes: [] };
  const report = (findings: Finding[]) => ({
    ok: true as const,
    value: { dataset: 'inv', checkedAt: '', profiles: [], counts: {}, checklist: [], findings },
  });
  let runs = 0;
  const fake = fakeClient({
    'metadata.get': () => ({ ok: true, value: record }),
    'validation.run': () => report(reports[Math.min(runs++, reports.length - 1)]),
    'keywords.suggest': () => ({ ok: true, value: { suggestions: [], warnings: [] } }),
    'vocabularies.list': () => ({ ok: true, value: allVocabularies() }),
    'operations.apply': () => ({ ok: true, value: {} }),
    'operations.history': () => ({ ok: true, value: { dataset: 'inv', point: 1, steps: [] } }),
    'operations.suggest': () => ({ ok: true, value: [] }),
    'dataset.describe': () => ({ ok: true, value: description }),
    'dataset.rows': () => ({
      ok: true,
      value: { columns: [], rows: [], rowIds: [], offset: 0, total: 3 },
    }),
  });
  const store = createFichaStore(fake.client, memoryStorage());
  store.setState({ gridDataset: 'inv' });
  return { store, calls: fake.calls };
}

describe('findings in the ficha slice', () => {
  it('applies a cleaning fix and reads the table findings again, keeping the typed draft', async () => {
    const { store, calls } = storeWithReports([[whitespace], []]);
    await store.getState().loadFicha();
    store.getState().editFicha('title', 'Emisiones por municipio, 2008');
    expect(store.getState().fichaFindings.map((f) => f.rule)).toContain('quality.whitespace');

    await store.getState().applyFindingFix(whitespace);
    expect(calls.find((c) => c.name === 'operations.apply')?.params.steps).toEqual([
      { op: 'trim', column: 'estado' },
    ]);
    expect(store.getState().fichaFindings.map((f) => f.rule)).not.toContain('quality.whitespace');
    expect(store.getState().fichaDraft?.title).toBe('Emisiones por municipio, 2008');
    expect(store.getState().fichaDirty).toBe(true);
  });

  it('goes to the tab a finding is about and asks it to focus the field', () => {
    const { store } = storeWithReports([[]]);
    store.getState().goToFinding({ ...whitespace, location: { field: 'keywords.2' } });
    expect(store.getState().tab).toBe('ficha');
    expect(store.getState().fichaFocus?.ids).toEqual([
      'ficha-field-keywords-2',
      'ficha-field-keywords',
    ]);

    store.getState().goToFinding(whitespace);
    expect(store.getState().tab).toBe('dictionary');
    expect(store.getState().fichaFocus?.ids).toEqual(['ficha-dictionary-label-estado']);
  });

  it('opens the grid at the row a finding names', async () => {
    const { store } = storeWithReports([[]]);
    await store.getState().openGrid('inv');
    store.getState().goToFinding({ ...whitespace, location: { row: 3 } });
    expect(store.getState().tab).toBe('data');
    expect(store.getState().gridScrollTo?.row).toBe(2);
  });
});
