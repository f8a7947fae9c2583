import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ficha, fichaJson } from './run-ficha';

const dir = mkdtempSync(path.join(tmpdir(), 'ficha-whoami-'));
const profile = path.join(dir, 'config', 'profile.json');
const env = { FICHA_PROFILE: profile, FICHA_USER: '' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ficha whoami', () => {
  it('saves the person’s name, e-mail and area and stamps changes with them', () => {
    expect(existsSync(profile)).toBe(false);
    const saved = fichaJson<{ actor: { name: string } }>(
      [
        'whoami',
        '--name',
        'María Pérez',
        '--email',
        'maria@inecc.gob.mx',
        '--area',
        'Calidad del aire',
      ],
      env,
    );
    expect(saved.actor.name).toBe('María Pérez');
    expect(JSON.parse(readFileSync(profile, 'utf8'))).toEqual({
      name: 'María Pérez',
      email: 'maria@inecc.gob.mx',
      area: 'Calidad del aire',
    });

    const ws = path.join(dir, 'ws.ficha');
    expect(ficha(['init', ws], env).status).toBe(0);
    const log = fichaJson<{ actor: { name: string } }[]>(['log', ws], env);
    expect(log[0].actor.name).toBe('María Pérez');
  });

  it('changes one field and keeps the others', () => {
    fichaJson(['whoami', '--area', 'Emisiones'], env);
    expect(JSON.parse(readFileSync(profile, 'utf8'))).toMatchObject({
      name: 'María Pérez',
      area: 'Emisiones',
    });
  });

  it('refuses an address that is not an e-mail', () => {
    const run = ficha(['whoami', '--email', 'maria-en-inecc'], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not an e-mail address');
  });
});
