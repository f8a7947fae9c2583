import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPath } from '../../electron/engine/workspace/lock';
import { addDataset, ana } from '../engine/review/helpers';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';
import { ficha, fichaJson } from './run-ficha';

const reviewer = { FICHA_USER: 'Raúl Revisor', FICHA_EMAIL: 'raul@inecc.gob.mx' };
const author = { FICHA_USER: ana.name, FICHA_EMAIL: ana.email };
let dir: string;
let ws: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ficha-cli-review-'));
  ws = path.join(dir, 'inventario.ficha');
  const workspace = createWorkspace(ws, { actor: ana });
  addDataset(workspace, 'emisiones');
  workspace.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pretends an editor holds the workspace: a live process named in the lock file. */
function holdLock(pid: number, host = hostname()): void {
  writeFileSync(
    lockPath(ws),
    JSON.stringify({
      name: 'Ana Investigadora',
      email: ana.email,
      host,
      pid,
      since: '2026-12-03T09:00:00Z',
    }),
  );
}

describe('ficha status and comment', () => {
  it('moves a dataset through review and refuses what a role may not do', () => {
    expect(
      fichaJson<{ status: string }>(['status', ws, 'emisiones', '--set', 'en-revision'], author)
        .status,
    ).toBe('en-revision');

    const refused = ficha(['status', ws, 'emisiones', '--set', 'aprobado'], author);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('cannot move emisiones');

    const spanish = ficha(['status', ws, 'emisiones', '--set', 'aprobado'], {
      ...author,
      LANG: 'es_MX.UTF-8',
    });
    expect(spanish.stderr).toContain('no puede pasar emisiones');
  });

  it('keeps a second person’s comment beside a workspace someone edits, and merges it on the next edit', () => {
    const editor = spawn('sleep', ['30']);
    holdLock(editor.pid ?? 0);
    try {
      const locked = ficha(['plan', ws, '--title', 'Otro'], reviewer);
      expect(locked.status).toBe(2);
      expect(locked.stderr).toContain('Ana Investigadora');

      const comment = fichaJson<{ pending: boolean }>(
        ['comment', ws, 'emisiones', '--column', 'co2_gg', '--text', '¿Gg o Mg?'],
        reviewer,
      );
      expect(comment.pending).toBe(true);
      const threads = fichaJson<{ comments: { pending: boolean }[] }[]>(
        ['comments', ws, 'emisiones'],
        reviewer,
      );
      expect(threads.at(-1)?.comments[0].pending).toBe(true);
    } finally {
      editor.kill('SIGKILL');
    }
  });

  it('takes over the lock of a crashed editor only when asked, with a warning, and merges waiting comments', async () => {
    const crashed = spawn('sleep', ['0']);
    await new Promise((resolve) => crashed.on('exit', resolve));
    holdLock(crashed.pid ?? 0, 'otra-maquina');

    const refused = ficha(['plan', ws, '--title', 'Registro de emisiones'], author);
    expect(refused.status).toBe(2);

    const taken = ficha(['plan', ws, '--title', 'Registro de emisiones', '--take-over'], author);
    expect(taken.status).toBe(0);
    expect(taken.stderr).toContain('Warning: taking over the lock of Ana Investigadora');
    expect(existsSync(lockPath(ws))).toBe(false);

    const threads = fichaJson<{ comments: { text: string; pending: boolean }[] }[]>([
      'comments',
      ws,
      'emisiones',
    ]);
    const merged = threads.flatMap((thread) => thread.comments).find((c) => c.text === '¿Gg o Mg?');
    expect(merged?.pending).toBe(false);
  });
});

describe('ficha inventory, calendar and progress', () => {
  it('exports the inventory and reports progress with planned datasets', () => {
    const out = path.join(dir, 'inventario.csv');
    fichaJson([
      'plan',
      ws,
      '--title',
      'Calidad del aire',
      '--area',
      'Aire',
      '--periodicity',
      'R/P1M',
      '--publication',
      '2027-01',
    ]);
    const inventory = fichaJson<{ rows: number }>(['inventory', ws, '--out', out]);
    expect(inventory.rows).toBeGreaterThanOrEqual(3);
    expect(readFileSync(out, 'utf8')).toContain('Calidad del aire');

    const progress = fichaJson<{ overall: { planned: number; total: number } }>(['progress', ws]);
    expect(progress.overall.planned).toBeGreaterThanOrEqual(2);

    const calendar = fichaJson<{ year: number; months: { entries: { title: string }[] }[] }>([
      'calendar',
      ws,
      '--year',
      '2027',
    ]);
    expect(calendar.months[0].entries.map((e) => e.title)).toContain('Calidad del aire');

    const html = path.join(dir, 'avance.html');
    expect(ficha(['progress', ws, '--html', html]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Avance de datos abiertos');
  });

  it('filters the audit log by kind and person, and refuses an unknown kind', () => {
    const statuses = fichaJson<{ action: string }[]>(['log', ws, '--kind', 'status']);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((line) => line.action === 'review.status')).toBe(true);
    expect(fichaJson<unknown[]>(['log', ws, '--person', 'Nadie Aquí'])).toEqual([]);
    expect(ficha(['log', ws, '--kind', 'todo']).status).not.toBe(0);
  });

  it('writes the audit log as CSV', () => {
    const out = path.join(dir, 'bitacora.csv');
    expect(ficha(['log', ws, '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('review.status');
  });
});

describe('ficha bundle and merge-review', () => {
  it('sends one dataset out for review and brings the comments back once', () => {
    const bundle = path.join(dir, 'revision.ficha');
    expect(ficha(['bundle', ws, 'emisiones', '--out', bundle]).status).toBe(0);
    fichaJson(['comment', bundle, 'emisiones', '--text', 'Revisado fuera de la red'], reviewer);

    const merged = fichaJson<{ comments: number }>(['merge-review', ws, bundle]);
    expect(merged.comments).toBe(1);
    expect(fichaJson<{ comments: number }>(['merge-review', ws, bundle]).comments).toBe(0);
  });
});

describe('ficha liaisons', () => {
  it('lets only a listed liaison mark a dataset published', () => {
    const lucia = { FICHA_USER: 'Lucía Enlace', FICHA_EMAIL: 'lucia@inecc.gob.mx' };
    expect(
      fichaJson<{ liaisons: string[] }>(['liaisons', ws, '--set', 'lucia@inecc.gob.mx']).liaisons,
    ).toEqual(['lucia@inecc.gob.mx']);
    const url = ['--portal-url', 'https://datos.gob.mx/busca/dataset/emisiones'];
    const current = fichaJson<{ status: string }>(['status', ws, 'emisiones']).status;
    if (current !== 'aprobado') {
      fichaJson(['status', ws, 'emisiones', '--set', 'aprobado', '--as', 'liaison'], lucia);
    }

    const refused = ficha(
      ['status', ws, 'emisiones', '--set', 'publicado', '--as', 'liaison', ...url],
      author,
    );
    expect(refused.status).toBe(2);
    const published = fichaJson<{ status: string; portalUrl: string }>(
      ['status', ws, 'emisiones', '--set', 'publicado', ...url],
      lucia,
    );
    expect(published).toMatchObject({ status: 'publicado', portalUrl: url[1] });
  });
});
