import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultActor } from '../../../electron/engine/workspace/actor';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import { lockPath } from '../../../electron/engine/workspace/lock';
import { readSetting } from '../../../electron/engine/workspace/settings';
import { tempFolder } from './temp-folder';

const temp = tempFolder();
afterAll(temp.cleanup);

describe('creating a workspace', () => {
  it('records who created it and when, and holds the edit lock while open', () => {
    const file = join(temp.dir, 'nuevo.ficha');
    const ws = createWorkspace(file, { actor: { name: 'Ana', email: 'ana@example.org' } });
    expect(readSetting(ws, 'created_by')).toEqual({ name: 'Ana', email: 'ana@example.org' });
    expect(typeof readSetting(ws, 'created_at')).toBe('string');
    const audit = ws.db.prepare('SELECT action, actor_name FROM audit_log').all();
    expect(audit).toEqual([{ action: 'workspace.create', actor_name: 'Ana' }]);
    expect(existsSync(lockPath(file))).toBe(true);
    ws.close();
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('refuses a folder that does not exist and leaves nothing behind', () => {
    const file = join(temp.dir, 'no-hay', 'nuevo.ficha');
    expect(() => createWorkspace(file)).toThrow(
      expect.objectContaining({ code: 'FILE_NOT_FOUND' }),
    );
    expect(existsSync(file)).toBe(false);
  });
});

describe('the default actor', () => {
  it('comes from FICHA_USER and FICHA_EMAIL, else the system user', () => {
    expect(defaultActor({ FICHA_USER: 'Luis', FICHA_EMAIL: 'luis@example.org' })).toEqual({
      name: 'Luis',
      email: 'luis@example.org',
    });
    expect(defaultActor({}).name.length).toBeGreaterThan(0);
  });
});
