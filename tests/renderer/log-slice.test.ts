import { describe, expect, it } from 'vitest';
import type { AuditLine } from '../../shared/review/types';
import { LOG_PAGE } from '../../renderer/src/store/log-slice';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

function line(id: number, name: string, action = 'review.status'): AuditLine {
  return {
    id,
    at: '2026-12-03T10:00:00Z',
    actor: { name, email: '' },
    action,
    dataset: 'emisiones',
    detail: {},
  };
}

describe('the audit log slice', () => {
  it('loads the newest lines and remembers everyone seen for the person filter', async () => {
    const fake = fakeClient({
      'review.log': () => ok([line(2, 'Raúl Revisor'), line(1, 'Ana Autora')]),
    } as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().loadLog();

    expect(store.getState().logLines.map((l) => l.id)).toEqual([2, 1]);
    expect(store.getState().logPeople).toEqual(['Ana Autora', 'Raúl Revisor']);
    expect(store.getState().logHasMore).toBe(false);
    expect(fake.calls[0].params).toEqual({ limit: LOG_PAGE, offset: 0 });
  });

  it('sends only the filters that are set and forgets the CSV of the old ones', async () => {
    const fake = fakeClient({
      'review.log': () => ok([line(3, 'Ana Autora', 'export.run')]),
      'review.logCsv': () => ok({ csv: 'fecha\r\n', lines: 0 }),
    } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().prepareLogCsv();
    expect(store.getState().logCsv).toBe('fecha\r\n');

    await store.getState().setLogFilter({ kind: 'export', person: 'Ana Autora' });

    expect(store.getState().logCsv).toBeNull();
    expect(fake.calls.at(-1)?.params).toEqual({
      kind: 'export',
      person: 'Ana Autora',
      limit: LOG_PAGE,
      offset: 0,
    });
    await store.getState().prepareLogCsv();
    expect(fake.calls.at(-1)).toEqual({
      name: 'review.logCsv',
      params: { kind: 'export', person: 'Ana Autora' },
    });
  });

  it('reads the next page after the lines it has', async () => {
    const page = Array.from({ length: LOG_PAGE }, (_, index) => line(LOG_PAGE - index, 'Ana'));
    const fake = fakeClient({
      'review.log': (params: Record<string, unknown>) =>
        ok(params.offset === 0 ? page : [line(0, 'Ana')]),
    } as never);
    const store = createFichaStore(fake.client, null);
    await store.getState().loadLog();
    expect(store.getState().logHasMore).toBe(true);

    await store.getState().loadMoreLog();

    expect(fake.calls.at(-1)?.params.offset).toBe(LOG_PAGE);
    expect(store.getState().logLines).toHaveLength(LOG_PAGE + 1);
    expect(store.getState().logHasMore).toBe(false);
  });
});
