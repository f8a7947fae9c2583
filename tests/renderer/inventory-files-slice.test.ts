import { describe, expect, it } from 'vitest';
import { errorData } from '../../shared/errors';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

function inventoryAnswers(liaisons: string[] = []) {
  return {
    'inventory.catalog': () => ok([]),
    'inventory.progress': () => ok({ progress: { overall: {}, areas: [] }, html: '' }),
    'inventory.calendar': () => ok({ year: 2026, months: [] }),
    'inventory.file': (params: Record<string, unknown>) =>
      ok({ name: `${params.part}.${params.format}`, mediaType: 'x', base64: '', rows: 1 }),
    'inventory.downloads': () => ok({ matched: 2, unmatched: ['Otro'] }),
    'review.liaisons': () => ok({ liaisons }),
    'review.setLiaisons': (params: Record<string, unknown>) => {
      liaisons = params.liaisons as string[];
      return ok({ liaisons });
    },
    'review.log': () => ok([]),
  };
}

describe('the inventory slice’s files, download counts and liaisons', () => {
  it('prepares the inventory as CSV and XLSX and the plan as CSV', async () => {
    const fake = fakeClient(inventoryAnswers() as never);
    const store = createFichaStore(fake.client, null);

    expect(await store.getState().prepareInventoryFiles()).toBe(true);

    const files = store.getState().inventoryFiles;
    expect(Object.keys(files).sort()).toEqual(['inventory-csv', 'inventory-xlsx', 'plan-csv']);
    expect(files['plan-csv']?.name).toBe('plan.csv');
  });

  it('attaches a portal CSV of downloads and reloads the catalog', async () => {
    const fake = fakeClient(inventoryAnswers() as never);
    const store = createFichaStore(fake.client, null);

    expect(await store.getState().attachDownloads(new File(['a'], 'descargas.csv'))).toBe(true);

    expect(fake.calls.find((c) => c.name === 'inventory.downloads')?.params).toEqual({
      file: '/uploads/descargas.csv',
    });
    expect(store.getState().downloadsReport).toEqual({ matched: 2, unmatched: ['Otro'] });
    expect(fake.calls.some((c) => c.name === 'inventory.catalog')).toBe(true);
  });

  it('shows the engine’s error when the counts cannot be read', async () => {
    const fake = fakeClient({
      ...inventoryAnswers(),
      'inventory.downloads': () => ({ ok: false, error: errorData('WORKSPACE_READ_ONLY') }),
    } as never);
    const store = createFichaStore(fake.client, null);

    expect(await store.getState().attachDownloads(new File(['a'], 'd.csv'))).toBe(false);
    expect(store.getState().error?.code).toBe('WORKSPACE_READ_ONLY');
  });

  it('loads the liaisons on the people tab and saves a cleaned list', async () => {
    const fake = fakeClient(inventoryAnswers(['lucia@inecc.gob.mx']) as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().setInventoryTab('people');
    expect(store.getState().liaisons).toEqual(['lucia@inecc.gob.mx']);

    await store
      .getState()
      .saveLiaisons([' Lucía Enlace ', '', 'lucia@inecc.gob.mx', 'Lucía Enlace']);
    expect(fake.calls.at(-1)?.params).toEqual({
      liaisons: ['Lucía Enlace', 'lucia@inecc.gob.mx'],
    });
    expect(store.getState().liaisons).toEqual(['Lucía Enlace', 'lucia@inecc.gob.mx']);
  });

  it('loads the log when its tab opens', async () => {
    const fake = fakeClient(inventoryAnswers() as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().setInventoryTab('log');

    expect(store.getState().inventoryTab).toBe('log');
    expect(fake.calls.map((c) => c.name)).toEqual(['review.log']);
  });
});
