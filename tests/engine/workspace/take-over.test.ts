import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch';
import { createLocalEngine } from '../../../electron/engine/jobs/local-engine';
import { silentLogger } from '../../../electron/engine/logger';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { lockPath } from '../../../electron/engine/workspace/lock';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import { takeOverWorkspace } from '../../../electron/engine/workspace/take-over';
import type { WorkspaceInfo } from '../../../shared/api/workspace';
import { addDataset } from '../review/helpers';
import { tempFolder } from './temp-folder';

const temp = tempFolder();
afterAll(temp.cleanup);

const ana = { name: 'Ana López', email: 'ana@inecc.gob.mx' };
const luis = { name: 'Luis Gómez', email: 'luis@inecc.gob.mx' };
const options = { actor: luis, logger: silentLogger };

function newWorkspace(name: string): string {
  const file = join(temp.dir, name);
  createWorkspace(file, { actor: ana }).close();
  return file;
}

function lockName(file: string): string {
  return (JSON.parse(readFileSync(lockPath(file), 'utf8')) as { name: string }).name;
}

describe('taking over the edit lock', () => {
  it('turns a reader into the editor, and the old editor closing leaves the new lock', () => {
    const file = newWorkspace('taken.ficha');
    const editor = openWorkspace(file, { actor: ana });
    const slot = { workspace: openWorkspace(file, { ...options, ifLocked: 'readOnly' }) };
    expect(slot.workspace.readOnly).toBe(true);

    const taken = takeOverWorkspace(slot, options);

    expect(taken.readOnly).toBe(false);
    expect(slot.workspace).toBe(taken);
    expect(lockName(file)).toBe('Luis Gómez');
    editor.close();
    expect(lockName(file)).toBe('Luis Gómez');
    taken.close();
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('merges the comments the reader left beside the workspace, then edits', async () => {
    const file = newWorkspace('merged.ficha');
    const editor = openWorkspace(file, { actor: ana });
    addDataset(editor, 'emisiones');
    const reader = openWorkspace(file, { ...options, ifLocked: 'readOnly' });
    const engine = createLocalEngine({ workspace: reader, ...options, readOnly: false });
    const target = { kind: 'column', column: 'co2_gg' };
    expect(
      await engine.call('review.comment', { dataset: 'emisiones', text: 'Unidad', target }),
    ).toMatchObject({ ok: true, value: { pending: true } });
    const planned = await engine.call('inventory.plan', { title: 'Residuos' });
    expect(planned).toMatchObject({ ok: false, error: { code: 'WORKSPACE_READ_ONLY' } });

    const info = await engine.call('workspace.takeOver', {});

    expect(info).toMatchObject({ ok: true, value: { readOnly: false, lockHolder: null } });
    const threads = await engine.call('review.comments', { dataset: 'emisiones' });
    expect(threads).toMatchObject({ ok: true, value: [{ comments: [{ pending: false }] }] });
    expect(await engine.call('inventory.plan', { title: 'Residuos' })).toMatchObject({ ok: true });
    await engine.close();
    editor.close();
  });

  it('refuses when the lock changed hands after the warning, and stays read-only', () => {
    const file = newWorkspace('changed.ficha');
    const editor = openWorkspace(file, { actor: ana });
    const slot = { workspace: openWorkspace(file, { ...options, ifLocked: 'readOnly' }) };

    expect(() =>
      takeOverWorkspace(slot, { ...options, expectedSince: '2020-01-01T00:00:00Z' }),
    ).toThrow(/Ana López/);
    expect(slot.workspace.readOnly).toBe(true);
    expect(lockName(file)).toBe('Ana López');
    slot.workspace.close();
    editor.close();
  });
});

describe('workspace.takeOver through the engine', () => {
  it('names the holder with e-mail and time, and says whether this face may take over', async () => {
    const file = newWorkspace('info.ficha');
    const editor = openWorkspace(file, { actor: ana });
    const reader = openWorkspace(file, { ...options, ifLocked: 'readOnly' });
    const engine = createLocalEngine({ workspace: reader, ...options, readOnly: false });

    const info = await engine.call('workspace.info', {});
    const value = (info as { value: WorkspaceInfo }).value;
    expect(value.readOnly).toBe(true);
    expect(value.canTakeOver).toBe(true);
    expect(value.lockHolder).toMatchObject({ name: 'Ana López', email: 'ana@inecc.gob.mx' });
    expect(value.lockHolder?.stale).toBe(false);

    const taken = await engine.call('workspace.takeOver', { since: value.lockHolder?.since });
    expect(taken).toMatchObject({ ok: true, value: { readOnly: false, canTakeOver: false } });
    await engine.close();
    editor.close();
  });

  it('is refused by a face opened read-only on purpose', async () => {
    const file = newWorkspace('refused.ficha');
    const editor = openWorkspace(file, { actor: ana });
    const reader = openWorkspace(file, { ...options, readOnly: true });
    const engine = createLocalEngine({ workspace: reader, ...options, readOnly: true });

    const info = await engine.call('workspace.info', {});
    expect(info).toMatchObject({ ok: true, value: { readOnly: true, canTakeOver: false } });
    const refused = await engine.call('workspace.takeOver', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'TAKE_OVER_REFUSED' } });
    expect(lockName(file)).toBe('Ana López');
    await engine.close();
    editor.close();
  });

  it('is refused by dispatch when the context gives no way to take over', async () => {
    const file = newWorkspace('bare.ficha');
    const reader = openWorkspace(file, { ...options, readOnly: true });
    const context = {
      workspace: reader,
      actor: luis,
      logger: silentLogger,
      signal: new AbortController().signal,
      progress: () => {},
    };
    const refused = await dispatch('workspace.takeOver', {}, context);
    expect(refused).toMatchObject({ ok: false, error: { code: 'TAKE_OVER_REFUSED' } });
    reader.close();
  });
});

/** Ana edits through an engine; then Luis, who was reading, takes her lock over. */
async function editorWhoseLockWasTaken(name: string) {
  const file = newWorkspace(name);
  const editor = openWorkspace(file, { actor: ana });
  const anaEngine = createLocalEngine({
    workspace: editor,
    actor: ana,
    logger: silentLogger,
    readOnly: false,
  });
  expect(await anaEngine.call('inventory.plan', { title: 'Antes' })).toMatchObject({ ok: true });
  const slot = { workspace: openWorkspace(file, { ...options, ifLocked: 'readOnly' }) };
  takeOverWorkspace(slot, options);
  return { file, anaEngine, slot };
}

describe('the editor whose lock was taken over', () => {
  it('has its next change refused with the name of who took over, and reads still work', async () => {
    const { anaEngine, slot } = await editorWhoseLockWasTaken('old-editor.ficha');

    const refused = await anaEngine.call('inventory.plan', { title: 'Después' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCK_TAKEN_OVER' } });
    expect(JSON.stringify(refused)).toContain('Luis Gómez');
    expect(await anaEngine.call('datasets.list', {})).toMatchObject({ ok: true });
    const catalog = await anaEngine.call('inventory.catalog', {});
    expect(JSON.stringify(catalog)).not.toContain('Después');
    await anaEngine.close();
    slot.workspace.close();
  });

  it('is told who holds the lock now, and may take it back', async () => {
    const { file, anaEngine, slot } = await editorWhoseLockWasTaken('back.ficha');

    const info = await anaEngine.call('workspace.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { readOnly: true, canTakeOver: true, lockHolder: { name: 'Luis Gómez' } },
    });
    const back = await anaEngine.call('workspace.takeOver', {});
    expect(back).toMatchObject({ ok: true, value: { readOnly: false } });
    expect(lockName(file)).toBe('Ana López');
    expect(await anaEngine.call('inventory.plan', { title: 'Otra vez' })).toMatchObject({
      ok: true,
    });
    await anaEngine.close();
    slot.workspace.close();
  });
});
