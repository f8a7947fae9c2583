import { describe, expect, it } from 'vitest';
import type { WorkspaceInfo } from '../../shared/api/workspace';
import { errorData } from '../../shared/errors';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

const holder = {
  name: 'Ana López',
  email: 'ana@inecc.gob.mx',
  host: 'oficina-3',
  since: '2026-12-03T10:42:00.000Z',
  stale: false,
};

function info(readOnly: boolean): WorkspaceInfo {
  return {
    path: '/compartido/inventario.ficha',
    name: 'inventario',
    schemaVersion: 9,
    readOnly,
    lockHolder: readOnly ? holder : null,
    canTakeOver: readOnly,
    datasets: 1,
  };
}

describe('taking over a workspace from the interface', () => {
  it('takes over the lock the person was warned about and reloads the datasets', async () => {
    const fake = fakeClient({
      'workspace.info': () => ok(info(true)),
      'workspace.takeOver': () => ok(info(false)),
      'datasets.list': () => ok([]),
    });
    const store = createFichaStore(fake.client, null);
    await store.getState().loadWorkspace();
    expect(store.getState().workspace?.lockHolder?.name).toBe('Ana López');

    const taken = await store.getState().takeOverWorkspace();

    expect(taken).toBe(true);
    expect(fake.calls.find((c) => c.name === 'workspace.takeOver')?.params).toEqual({
      since: holder.since,
    });
    expect(store.getState().workspace?.readOnly).toBe(false);
    expect(store.getState().takingOver).toBe(false);
    expect(fake.calls.filter((c) => c.name === 'datasets.list')).toHaveLength(2);
  });

  it('shows the refusal and reads who holds the lock again', async () => {
    let infoCalls = 0;
    const fake = fakeClient({
      'workspace.info': () => {
        infoCalls += 1;
        return ok(info(true));
      },
      'workspace.takeOver': () => ({
        ok: false,
        error: errorData('LOCK_HOLDER_CHANGED', { holder: 'Luis', since: 'hoy' }),
      }),
      'datasets.list': () => ok([]),
    });
    const store = createFichaStore(fake.client, null);
    await store.getState().loadWorkspace();

    const taken = await store.getState().takeOverWorkspace();

    expect(taken).toBe(false);
    expect(store.getState().error?.code).toBe('LOCK_HOLDER_CHANGED');
    expect(store.getState().workspace?.readOnly).toBe(true);
    expect(infoCalls).toBe(2);
  });
});
