import { describe, expect, it } from 'vitest';
import type { InspectResult } from '../../shared/import';
import { errorData } from '../../shared/errors';
import { nextSort } from '../../renderer/src/store/grid-slice';
import { regionOptions } from '../../renderer/src/store/import-wizard-slice';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient, memoryStorage, settle } from './fake-client';

const columns = ['anio', 'estado', 'toneladas'].map((name, position) => ({
  name,
  label: name,
  type: name === 'estado' ? ('text' as const) : ('integer' as const),
  position,
  mismatches: 0,
  nonEmpty: 10,
  distinct: 5,
  examples: [],
}));

function rowsAnswer(total: number) {
  return (params: Record<string, unknown>) => {
    const offset = params.offset as number;
    const limit = params.limit as number;
    const count = Math.max(0, Math.min(limit, total - offset));
    const rows = Array.from({ length: count }, (_, i) => [offset + i, 'x', 1]);
    const rowIds = rows.map((_, i) => offset + i + 1);
    return { ok: true as const, value: { columns: [], rows, rowIds, offset, total } };
  };
}

function datasetAnswers(total: number) {
  return {
    'dataset.describe': () => ({
      ok: true as const,
      value: {
        dataset: { id: '1', name: 'emisiones', title: 'Emisiones' },
        rows: total,
        columns,
        notes: [],
      },
    }),
    'dataset.rows': rowsAnswer(total),
    'dataset.columnProfile': () => ({ ok: false as const, error: errorData('UNEXPECTED') }),
  };
}

describe('the grid slice', () => {
  it('fetches only the windows around the rows in view', async () => {
    const fake = fakeClient(datasetAnswers(1_000_000) as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');
    await settle();

    store.getState().showRows(500_000, 500_020);
    await settle();

    const offsets = fake.calls.filter((c) => c.name === 'dataset.rows').map((c) => c.params.offset);
    expect(offsets).toContain(0);
    expect(offsets).toContain(500_000);
    expect(
      offsets.every((offset) => (offset as number) < 1000 || (offset as number) >= 499_800),
    ).toBe(true);
    expect(store.getState().gridTotal).toBe(1_000_000);
  });

  it('keeps a bounded number of windows while scrolling far', async () => {
    const fake = fakeClient(datasetAnswers(1_000_000) as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');
    for (let row = 0; row < 40_000; row += 2_000) {
      store.getState().showRows(row, row + 20);
      await settle();
    }
    expect(Object.keys(store.getState().gridWindows).length).toBeLessThanOrEqual(8);
  });

  it('sends sort and filters to the engine and starts again at the top', async () => {
    const fake = fakeClient(datasetAnswers(100) as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');

    store.getState().cycleSort('estado');
    store.getState().setFilter({ column: 'estado', op: 'contains', value: 'Jal' });
    await settle();

    const last = fake.calls.filter((c) => c.name === 'dataset.rows').pop();
    expect(last?.params.sort).toEqual({ column: 'estado', direction: 'asc' });
    expect(last?.params.filters).toEqual([{ column: 'estado', op: 'contains', value: 'Jal' }]);
    expect(last?.params.offset).toBe(0);
    expect(store.getState().gridScrollTo?.row).toBe(0);
  });

  it('cycles a column’s sort through ascending, descending and none', () => {
    const asc = nextSort(null, 'a');
    const desc = nextSort(asc, 'a');
    expect(asc).toEqual({ column: 'a', direction: 'asc' });
    expect(desc).toEqual({ column: 'a', direction: 'desc' });
    expect(nextSort(desc, 'a')).toBeNull();
    expect(nextSort(desc, 'b')).toEqual({ column: 'b', direction: 'asc' });
  });

  it('clamps go-to-row to the table', async () => {
    const fake = fakeClient(datasetAnswers(100) as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');
    store.getState().goToRow(5000);
    expect(store.getState().gridFocus.row).toBe(99);
  });

  it('shows an engine error instead of throwing', async () => {
    const fake = fakeClient({
      'datasets.list': () => ({
        ok: false,
        error: errorData('WORKSPACE_CORRUPT', { file: 'a.ficha' }),
      }),
    });
    const store = createFichaStore(fake.client, null);
    await store.getState().loadDatasets();
    expect(store.getState().error?.code).toBe('WORKSPACE_CORRUPT');
  });

  it('turns an unreachable engine into an offline error', async () => {
    const fake = fakeClient({});
    const store = createFichaStore(fake.client, null);
    await store.getState().loadDatasets();
    expect(store.getState().error?.code).toBe('OFFLINE');
  });
});

describe('the language', () => {
  it('starts in Spanish and remembers the choice', () => {
    const storage = memoryStorage();
    const first = createFichaStore(fakeClient({}).client, storage);
    expect(first.getState().locale).toBe('es-MX');

    first.getState().setLocale('en');
    const second = createFichaStore(fakeClient({}).client, storage);
    expect(second.getState().locale).toBe('en');
  });
});

function inspectResult(headerRows: [number, number]): InspectResult {
  return {
    file: '/uploads/a.xlsx',
    format: 'xlsx',
    size: 100,
    sheets: [{ name: 'Datos', index: 1, rows: 20, columns: 3, role: 'data' }],
    sheet: 'Datos',
    encoding: null,
    delimiter: null,
    decimal: '.',
    region: {
      titleRows: [1, 2],
      headerRows,
      dataRows: [headerRows[1] + 1, 20],
      noteRows: null,
      firstColumn: 1,
      lastColumn: 3,
      totalRows: [],
    },
    notes: [],
    columns: [],
    preview: [],
    sample: [],
    metadata: null,
    warnings: [],
  };
}

describe('the import wizard slice', () => {
  it('turns header and last row into the importer’s overrides', () => {
    expect(regionOptions(3, 4, 20)).toEqual({ headerRows: [3, 4], skipRows: 2, lastRow: 20 });
    expect(regionOptions(5, 2, undefined)).toEqual({
      headerRows: [5, 5],
      skipRows: 4,
      lastRow: undefined,
    });
  });

  it('inspects the chosen file and re-inspects with the row a click marks', async () => {
    const fake = fakeClient({
      'import.inspect': (params) => ({
        ok: true,
        value: inspectResult((params.headerRows as [number, number]) ?? [3, 4]),
      }),
    });
    const store = createFichaStore(fake.client, null);
    store.getState().openWizard();
    await store.getState().chooseFile(new File(['x'], 'emisiones.xlsx'));
    expect(store.getState().wizardInspect?.region.headerRows).toEqual([3, 4]);
    expect(store.getState().wizardOptions.name).toBe('emisiones');

    store.getState().setMarkMode('headerEnd');
    store.getState().markRow(5);
    await settle();

    const last = fake.calls.filter((c) => c.name === 'import.inspect').pop();
    expect(last?.params).toMatchObject({
      file: '/uploads/emisiones.xlsx',
      headerRows: [3, 5],
      skipRows: 2,
    });
    expect(last?.params.name).toBeUndefined();
    expect(store.getState().wizardInspect?.region.headerRows).toEqual([3, 5]);
  });

  it('imports with a job id, follows its progress, and cancels it', async () => {
    let finish: (value: unknown) => void = () => {};
    const fake = fakeClient({
      'import.inspect': () => ({ ok: true, value: inspectResult([3, 4]) }),
      'import.run': () => new Promise((resolve) => (finish = resolve)) as never,
      'jobs.cancel': () => ({ ok: true, value: { cancelled: true } }),
      'datasets.list': () => ({ ok: true, value: [] }),
    });
    const store = createFichaStore(fake.client, null);
    store.getState().openWizard();
    await store.getState().chooseFile(new File(['x'], 'a.xlsx'));

    const running = store.getState().runImport();
    const jobId = store.getState().wizardJobId;
    expect(store.getState().wizardPhase).toBe('importing');
    fake.emit({ jobId: jobId!, progress: { phase: 'rows', done: 50, total: 100, unit: 'rows' } });
    expect(store.getState().wizardProgress?.done).toBe(50);

    await store.getState().cancelImport();
    expect(fake.calls.find((c) => c.name === 'jobs.cancel')?.params).toEqual({ jobId });
    finish({ ok: false, error: errorData('CANCELLED') });
    await running;
    expect(store.getState().wizardPhase).toBe('cancelled');
    expect(store.getState().error).toBeNull();
  });
});

describe('the grid after a new query', () => {
  it('does not fetch windows for the old scroll position on its way to the top', async () => {
    const fake = fakeClient(datasetAnswers(100_000) as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');
    store.getState().showRows(50_000, 50_020);
    await settle();

    fake.calls.length = 0;
    store.getState().cycleSort('anio');
    store.getState().showRows(50_000, 50_020);
    store.getState().showRows(0, 20);
    await settle();

    const offsets = fake.calls.filter((c) => c.name === 'dataset.rows').map((c) => c.params.offset);
    expect(offsets).toEqual([0]);
  });
});

describe('the column panel', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const profile = { 'dataset.columnProfile': () => ({ ok: true, value: { top: [] } }) };

  it('profiles a column of a small table shortly after it is selected, once', async () => {
    const fake = fakeClient({ ...datasetAnswers(1000), ...profile } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');
    store.getState().selectColumn('estado');
    store.getState().selectColumn('toneladas');
    await wait(400);

    const asked = fake.calls.filter((c) => c.name === 'dataset.columnProfile');
    expect(asked.map((c) => c.params.column)).toEqual(['toneladas']);
    expect(store.getState().panelStats).not.toBeNull();
  });

  it('waits to be asked before profiling a million-row table', async () => {
    const fake = fakeClient({ ...datasetAnswers(1_000_000), ...profile } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');
    await wait(400);
    expect(fake.calls.some((c) => c.name === 'dataset.columnProfile')).toBe(false);

    store.getState().loadColumnStats();
    await settle();
    expect(fake.calls.filter((c) => c.name === 'dataset.columnProfile')).toHaveLength(1);
  });
});

describe('scrolling fast through the grid', () => {
  it('fetches where the view starts and where it stops, not every place in between', async () => {
    const fake = fakeClient(datasetAnswers(1_000_000) as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().openGrid('emisiones');
    fake.calls.length = 0;

    for (let row = 10_000; row <= 100_000; row += 10_000) store.getState().showRows(row, row + 20);
    await new Promise((resolve) => setTimeout(resolve, 150));

    const offsets = fake.calls.filter((c) => c.name === 'dataset.rows').map((c) => c.params.offset);
    expect(offsets.sort((a, b) => (a as number) - (b as number))).toEqual([
      9_800, 10_000, 99_800, 100_000,
    ]);
  });
});

describe("a dataset's original file", () => {
  it('is fetched as bytes to save, and an error is shown instead', async () => {
    const file = { name: 'emisiones.csv', mediaType: 'text/csv', base64: 'YSxi' };
    const fake = fakeClient({
      'dataset.originalFile': (params) =>
        (params as { dataset: string }).dataset === 'emisiones'
          ? { ok: true, value: file }
          : { ok: false, error: errorData('SOURCE_NOT_KEPT', { dataset: 'otro' }) },
    });
    const store = createFichaStore(fake.client, null);

    const fetched = store.getState().fetchOriginal('emisiones');
    expect(store.getState().originalBusy).toBe('emisiones');
    expect(await fetched).toEqual(file);
    expect(store.getState().originalBusy).toBeNull();

    expect(await store.getState().fetchOriginal('otro')).toBeNull();
    expect(store.getState().error?.code).toBe('SOURCE_NOT_KEPT');
  });
});
