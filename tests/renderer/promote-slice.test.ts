import { describe, expect, it } from 'vitest';
import { errorData } from '../../shared/errors';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

const texts = {
  sentence: 'Emisiones por estado.',
  paragraph: 'Un párrafo.',
  line: 'Una línea.',
  citation: 'INECC (2026).',
  linkHtml: '<a href="x">x</a>',
};

function kitAnswer(params: Record<string, unknown>) {
  return ok({
    dataset: params.dataset,
    facts: { title: 'Emisiones' },
    texts,
    figure: params.figure === null ? null : { label: 'Total', value: 5 },
    svg: '<svg/>',
    html: '<html/>',
    files: [],
  });
}

const item = { date: '2026-05-01', channel: 'X', link: '', note: '' };

describe('the promote slice', () => {
  it('renders the kit again with the figure the person picks, keeping edited texts', async () => {
    const fake = fakeClient({ 'promote.kit': kitAnswer, 'promote.list': () => ok([]) } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadPromote('emisiones');
    store.getState().editText('line', 'Mi línea');

    await store.getState().chooseFigure(null);

    const kits = fake.calls.filter((call) => call.name === 'promote.kit');
    expect(kits[0].params).toEqual({ dataset: 'emisiones' });
    expect(kits[1].params).toEqual({ dataset: 'emisiones', figure: null });
    expect(store.getState().kit?.figure).toBeNull();
    expect(store.getState().texts?.line).toBe('Mi línea');
  });

  it('asks for confirmation inside a blackout and records when confirmed', async () => {
    const fake = fakeClient({
      'promote.kit': kitAnswer,
      'promote.list': () => ok([{ id: 'p1' }]),
      'promote.record': (params: Record<string, unknown>) =>
        params.confirmBlackout
          ? ok({ id: 'p1' })
          : { ok: false, error: errorData('BLACKOUT_CONFIRM', { start: 'a', end: 'b' }) },
    } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadPromote('emisiones');

    expect(await store.getState().recordPromotion(item)).toBe('confirm');
    expect(store.getState().error).toBeNull();
    expect(await store.getState().recordPromotion(item, true)).toBe('recorded');

    const records = fake.calls.filter((call) => call.name === 'promote.record');
    expect(records[1].params).toEqual({
      dataset: 'emisiones',
      date: '2026-05-01',
      channel: 'X',
      confirmBlackout: true,
    });
    expect(store.getState().promotions).toHaveLength(1);
  });

  it('shows any other refusal through the error banner', async () => {
    const fake = fakeClient({
      'promote.kit': kitAnswer,
      'promote.list': () => ok([]),
      'promote.record': () => ({ ok: false, error: errorData('UNEXPECTED') }),
    } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadPromote('emisiones');

    expect(await store.getState().recordPromotion(item)).toBe('failed');
    expect(store.getState().error?.code).toBe('UNEXPECTED');
  });

  it('keeps the bimonthly report for the download link', async () => {
    const fake = fakeClient({
      'promote.report': () => ok({ periods: [], html: '<h1>Difusión</h1>' }),
    } as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().loadPromotionReport();

    expect(store.getState().promotionReportHtml).toBe('<h1>Difusión</h1>');
  });
});
