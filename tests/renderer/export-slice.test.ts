import { describe, expect, it } from 'vitest';
import { errorData } from '../../shared/errors';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient, settle } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

const plan = {
  dataset: 'emisiones',
  rows: 2_000_000,
  estimatedBytes: 25_000_000,
  limitBytes: 10_485_760,
  overLimit: true,
  splitCandidates: [{ column: 'anio', parts: 4, largestBytes: 7_000_000 }],
};

function validation(errors: number) {
  return ok({
    dataset: 'emisiones',
    findings: [],
    checklist: [],
    profiles: [],
    counts: { error: errors, warning: 1, advice: 0 },
  });
}

const result = {
  dataset: 'emisiones',
  folder: '/ws/prueba-paquetes/emisiones-v1',
  zip: { name: 'emisiones-v1.zip', bytes: 10, sha256: 'ab' },
  zipPath: '/ws/prueba-paquetes/emisiones-v1.zip',
  draft: false,
  rows: 4,
  files: [{ name: 'emisiones.csv', bytes: 5, sha256: 'cd' }],
  errors: 0,
  warnings: 1,
  oversize: [],
  exportId: 7,
};

function openStore(answers: Record<string, unknown>, errors = 0) {
  const fake = fakeClient({
    'export.plan': () => ok(plan),
    'validation.run': () => validation(errors),
    'export.history': () => ok([]),
    ...answers,
  } as never);
  const store = createFichaStore(fake.client, null);
  store.setState({ gridDataset: 'emisiones' });
  return { fake, store };
}

describe('the Exportar slice', () => {
  it('blocks an export with validation errors until the person asks for a draft', async () => {
    const { store } = openStore({}, 2);
    await store.getState().loadExport();

    expect(store.getState().exportPlan?.overLimit).toBe(true);
    expect(store.getState().exportBlocked()).toBe(true);
    store.getState().setExportChoice('force', true);
    expect(store.getState().exportBlocked()).toBe(false);
  });

  it('exports with the chosen options, follows progress and reloads the history', async () => {
    let finish: () => void = () => {};
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const { fake, store } = openStore({
      'export.package': async () => {
        await gate;
        return ok(result);
      },
    });
    await store.getState().loadExport();
    store.getState().setExportChoice('splitBy', 'anio');
    store.getState().setExportChoice('xlsx', true);

    const running = store.getState().runExport();
    const jobId = store.getState().exportJobId!;
    fake.emit({ jobId, progress: { phase: 'export.data', done: 5, total: 10, unit: 'rows' } });
    fake.emit({ jobId: 'otro', progress: { phase: 'import', done: 1, total: 1, unit: 'rows' } });
    expect(store.getState().exportPhase).toBe('running');
    expect(store.getState().exportProgress?.done).toBe(5);
    finish();
    await running;

    const call = fake.calls.find((c) => c.name === 'export.package')!;
    expect(call.params).toEqual({
      dataset: 'emisiones',
      zip: true,
      xlsx: true,
      force: false,
      splitBy: 'anio',
      jobId,
    });
    expect(store.getState().exportPhase).toBe('done');
    expect(store.getState().exportResult?.exportId).toBe(7);
    expect(fake.calls.filter((c) => c.name === 'export.history')).toHaveLength(2);
  });

  it('cancels the running job and leaves no error when the engine says it stopped', async () => {
    let stop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const { fake, store } = openStore({
      'export.package': async () => {
        await stopped;
        return { ok: false, error: errorData('CANCELLED') };
      },
      'jobs.cancel': () => {
        stop();
        return ok({ cancelled: true });
      },
    });
    await store.getState().loadExport();

    const running = store.getState().runExport();
    const jobId = store.getState().exportJobId;
    await store.getState().cancelExport();
    await running;

    expect(fake.calls.find((c) => c.name === 'jobs.cancel')?.params).toEqual({ jobId });
    expect(store.getState().exportPhase).toBe('cancelled');
    expect(store.getState().error).toBeNull();
  });

  it('shows a refused export as an error and lets the person try again', async () => {
    const { store } = openStore({
      'export.package': () => ({
        ok: false,
        error: errorData('EXPORT_HAS_ERRORS', { dataset: 'emisiones', count: 1 }),
      }),
    });
    await store.getState().loadExport();
    await store.getState().runExport();

    expect(store.getState().exportPhase).toBe('idle');
    expect(store.getState().error?.code).toBe('EXPORT_HAS_ERRORS');
  });

  it('fetches a zip once and keeps it for the next click', async () => {
    const { fake, store } = openStore({
      'export.zip': () => ok({ name: 'emisiones-v1.zip', bytes: 3, sha256: 'ef', base64: 'UEsD' }),
    });
    await store.getState().loadExport();

    const first = await store.getState().fetchExportZip(7);
    await store.getState().fetchExportZip(7);
    await settle();

    expect(first?.base64).toBe('UEsD');
    expect(fake.calls.filter((c) => c.name === 'export.zip')).toEqual([
      { name: 'export.zip', params: { dataset: 'emisiones', exportId: 7 } },
    ]);
  });
});
