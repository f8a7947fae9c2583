import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorData } from '../../shared/errors';
import type { Finding } from '../../shared/validation/types';
import { findingsFor, previewDelay } from '../../renderer/src/store/dcat-slice';
import { createFichaStore } from '../../renderer/src/store/store';
import { completeFicha } from '../shared/serialize/fixtures';
import { fakeClient, settle } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

function record() {
  return ok({
    dataset: 'emisiones',
    ficha: completeFicha(),
    updatedAt: null,
    updatedBy: null,
    embedded: null,
  });
}

const report = ok({ dataset: 'emisiones', findings: [], checklist: [], profiles: [], counts: {} });

function answers(extra: Record<string, unknown> = {}) {
  return {
    'metadata.get': record,
    'validation.run': () => report,
    'keywords.suggest': () => ok({ suggestions: [] }),
    'vocabularies.list': () => ok({}),
    'export.preview': (params: Record<string, unknown>) =>
      ok({
        format: params.format,
        mediaType: 'text/turtle',
        text: `title ${(params.ficha as { title: string } | undefined)?.title ?? 'guardado'}`,
      }),
    'export.lastSerialization': () =>
      ok({
        exportId: 3,
        exportedAt: '2026-01-01T00:00:00Z',
        version: '1',
        draft: false,
        file: 'dcat.ttl',
        text: 'viejo',
      }),
    ...extra,
  } as never;
}

async function openStore(extra: Record<string, unknown> = {}) {
  const fake = fakeClient(answers(extra));
  const store = createFichaStore(fake.client, null);
  store.setState({ gridDataset: 'emisiones' });
  await store.getState().loadDcat();
  return { fake, store };
}

function finding(rule: string): Finding {
  return { rule, severity: 'error', location: {}, message: { es: rule, en: rule } };
}

afterEach(() => vi.useRealTimers());

describe('the Vista DCAT slice', () => {
  it('previews the draft being edited and keeps the last export beside it', async () => {
    const { fake, store } = await openStore();
    const preview = fake.calls.find((call) => call.name === 'export.preview')!;

    expect(preview.params).toMatchObject({ dataset: 'emisiones', format: 'turtle' });
    expect((preview.params.ficha as { title: string }).title).toBe(completeFicha().title);
    expect(store.getState().dcatText?.text).toBe(`title ${completeFicha().title}`);
    expect(store.getState().dcatLast?.text).toBe('viejo');
  });

  it('asks again once, a moment after the last of several edits', async () => {
    const { fake, store } = await openStore();
    vi.useFakeTimers();
    store.getState().editFicha('title', 'Uno');
    store.getState().schedulePreview();
    store.getState().editFicha('title', 'Uno dos');
    store.getState().schedulePreview();
    const before = fake.calls.filter((call) => call.name === 'export.preview').length;

    vi.advanceTimersByTime(previewDelay - 1);
    expect(fake.calls.filter((call) => call.name === 'export.preview').length).toBe(before);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await settle();

    expect(fake.calls.filter((call) => call.name === 'export.preview').length).toBe(before + 1);
    expect(store.getState().dcatText?.text).toBe('title Uno dos');
  });

  it('does not ask again when the draft has not changed since the preview', async () => {
    const { fake, store } = await openStore();
    vi.useFakeTimers();
    store.getState().schedulePreview();
    vi.advanceTimersByTime(previewDelay);

    expect(fake.calls.filter((call) => call.name === 'export.preview').length).toBe(1);
  });

  it('drops an answer overtaken by a newer one', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const fake = fakeClient(
      answers({
        'export.preview': async (params: Record<string, unknown>) => {
          if (params.format === 'turtle') await slow;
          return ok({ format: params.format, mediaType: 'x', text: String(params.format) });
        },
      }),
    );
    const other = createFichaStore(fake.client, null);
    other.setState({ gridDataset: 'emisiones', dcatDataset: 'emisiones' });

    const first = other.getState().refreshPreview();
    await other.getState().chooseDcatFormat('jsonld');
    release();
    await first;

    expect(other.getState().dcatText?.text).toBe('jsonld');
    expect(other.getState().dcatBusy).toBe(false);
  });

  it('shows a refused preview in the tab, not as the page banner', async () => {
    const { store } = await openStore({
      'export.preview': () => ({
        ok: false,
        error: errorData('REQUEST_INVALID', { request: 'x', reason: 'y' }),
      }),
    });

    expect(store.getState().dcatError?.code).toBe('REQUEST_INVALID');
    expect(store.getState().error).toBeNull();
  });

  it('keeps the findings of each serialization’s standard', () => {
    const all = [
      'dcat.mandatory',
      'portal.required-fields',
      'portal.dictionary-coverage',
      'quality.empty-column',
    ].map(finding);

    expect(findingsFor('turtle', all).map((f) => f.rule)).toEqual(['dcat.mandatory']);
    expect(findingsFor('jsonld', all).map((f) => f.rule)).toEqual(['dcat.mandatory']);
    expect(findingsFor('datajson', all).map((f) => f.rule)).toEqual([
      'portal.required-fields',
      'portal.dictionary-coverage',
    ]);
    expect(findingsFor('datapackage', all).map((f) => f.rule)).toEqual([
      'portal.dictionary-coverage',
      'quality.empty-column',
    ]);
  });
});
