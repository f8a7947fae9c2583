import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { lockPath } from '../../../electron/engine/workspace/lock';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import { tempFolder } from './temp-folder';

const temp = tempFolder();
afterAll(temp.cleanup);

const ana = { name: 'Ana Pérez', email: 'ana@example.org' };
const luis = { name: 'Luis Gómez', email: 'luis@example.org' };

function newWorkspace(name: string): string {
  const file = join(temp.dir, name);
  createWorkspace(file, { actor: ana }).close();
  return file;
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('the edit lock', () => {
  it('is written beside the workspace while it is open for editing and removed on close', () => {
    const file = newWorkspace('held.ficha');
    const ws = openWorkspace(file, { actor: ana });
    const holder = JSON.parse(readFileSync(lockPath(file), 'utf8'));
    expect(holder).toMatchObject({ name: 'Ana Pérez', email: 'ana@example.org', pid: process.pid });
    expect(holder.host).toBe(hostname());
    ws.close();
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('refuses a second editor with the name of the first', () => {
    const file = newWorkspace('second.ficha');
    const ws = openWorkspace(file, { actor: ana });
    try {
      openWorkspace(file, { actor: luis });
      expect.unreachable();
    } catch (error) {
      const data = (error as { data: { code: string; message: { en: string } } }).data;
      expect(data.code).toBe('WORKSPACE_LOCKED');
      expect(data.message.en).toContain('Ana Pérez');
      expect(data.message.en).toContain(file);
    }
    ws.close();
  });

  it('gives a second person a read-only handle that says who edits', () => {
    const file = newWorkspace('readers.ficha');
    const editor = openWorkspace(file, { actor: ana });
    const reader = openWorkspace(file, { actor: luis, ifLocked: 'readOnly' });
    expect(reader.readOnly).toBe(true);
    expect(reader.lockHolder?.name).toBe('Ana Pérez');
    expect(() => reader.db.exec('CREATE TABLE x (a)')).toThrow();

    const plainReader = openWorkspace(file, { actor: luis, readOnly: true });
    expect(plainReader.lockHolder?.name).toBe('Ana Pérez');
    plainReader.close();
    reader.close();
    expect(existsSync(lockPath(file))).toBe(true);
    editor.close();
  });

  it('takes over a stale lock only when asked to', () => {
    const file = newWorkspace('stale.ficha');
    const stale = {
      name: 'Crashed',
      email: '',
      host: hostname(),
      pid: deadPid(),
      since: '2020-01-01T00:00:00Z',
    };
    writeFileSync(lockPath(file), JSON.stringify(stale));

    expect(() => openWorkspace(file, { actor: luis })).toThrow(/Crashed/);
    const ws = openWorkspace(file, { actor: luis, takeOverStaleLock: true });
    expect(JSON.parse(readFileSync(lockPath(file), 'utf8')).name).toBe('Luis Gómez');
    ws.close();
  });

  it('never judges a lock from another host stale', () => {
    const file = newWorkspace('remote.ficha');
    const remote = {
      name: 'Remota',
      email: '',
      host: 'otra-maquina',
      pid: deadPid(),
      since: '2020-01-01T00:00:00Z',
    };
    writeFileSync(lockPath(file), JSON.stringify(remote));
    expect(() => openWorkspace(file, { actor: luis, takeOverStaleLock: true })).toThrow(/Remota/);
  });

  it('releases the lock when the file cannot be opened', () => {
    const file = join(temp.dir, 'text.ficha');
    writeFileSync(file, 'not a workspace');
    expect(() => openWorkspace(file)).toThrow();
    expect(existsSync(lockPath(file))).toBe(false);
  });
});
