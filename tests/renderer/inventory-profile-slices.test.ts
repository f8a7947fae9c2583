import { describe, expect, it } from 'vitest';
import { createFichaStore } from '../../renderer/src/store/store';
import { fakeClient } from './fake-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

describe('the inventory slice', () => {
  it('loads the catalog, the progress and the calendar of the chosen year', async () => {
    const planned: string[] = [];
    const fake = fakeClient({
      'inventory.catalog': () => ok(planned.map((title) => ({ id: title, title }))),
      'inventory.progress': () => ok({ progress: { overall: {}, areas: [] }, html: '<p>' }),
      'inventory.calendar': (params: Record<string, unknown>) =>
        ok({ year: params.year, months: [{ month: 1, entries: [] }] }),
      'inventory.plan': (params: Record<string, unknown>) => {
        planned.push(params.title as string);
        return ok({ id: 'p', title: params.title });
      },
    } as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().openInventory();
    await store.getState().setCalendarYear(2027);
    await store.getState().planDataset({ title: 'Residuos' });

    expect(store.getState().inventoryOpen).toBe(true);
    expect(store.getState().progressHtml).toBe('<p>');
    expect(store.getState().calendarYear).toBe(2027);
    expect(store.getState().catalog.map((entry) => entry.title)).toEqual(['Residuos']);
    const years = fake.calls.filter((c) => c.name === 'inventory.calendar').map((c) => c.params);
    expect(years.at(-1)).toEqual({ year: 2027 });
  });
});

describe('the profile slice', () => {
  it('opens the dialog at first run and closes it once the person says who they are', async () => {
    let saved: unknown = null;
    const fake = fakeClient({
      'profile.get': () => ok({ profile: saved }),
      'profile.set': (params: Record<string, unknown>) => {
        saved = params;
        return ok({ profile: params });
      },
    } as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().loadProfile();
    expect(store.getState().profileDialogOpen).toBe(true);

    await store.getState().saveProfile({ name: 'Raúl', email: 'r@x.mx', area: 'Emisiones' });
    expect(store.getState().profileDialogOpen).toBe(false);
    expect(store.getState().profile?.name).toBe('Raúl');
  });

  it('leaves the dialog closed when a profile exists', async () => {
    const profile = { name: 'Ana', email: '', area: '' };
    const fake = fakeClient({ 'profile.get': () => ok({ profile }) } as never);
    const store = createFichaStore(fake.client, null);

    await store.getState().loadProfile();

    expect(store.getState().profileDialogOpen).toBe(false);
  });
});
