import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../electron/engine/workspace/create-workspace';
import { addDataset, ana } from '../engine/review/helpers';
import { ficha, fichaJson } from './run-ficha';

let dir: string;
let ws: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ficha-cli-promote-'));
  ws = path.join(dir, 'difusion.ficha');
  const workspace = createWorkspace(ws, { actor: ana });
  addDataset(workspace, 'emisiones', 12);
  workspace.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ficha promote', () => {
  it('writes the card, its PNG and the texts into a folder', () => {
    const out = path.join(dir, 'kit');
    const kit = fichaJson<{ files: string[]; figure: { label: string } }>([
      'promote',
      ws,
      'emisiones',
      '--out',
      out,
      '--column',
      'co2_gg',
      '--aggregate',
      'avg',
    ]);
    expect(kit.files).toContain('tarjeta.png');
    expect(kit.figure.label).toBe('Promedio de CO2 (Gg)');
    expect(readFileSync(path.join(out, 'tarjeta.png')).length).toBeGreaterThan(10_000);
    expect(readFileSync(path.join(out, 'textos.txt'), 'utf8')).toContain('Publicación en redes:');
  });

  it('names a column that does not exist', () => {
    const run = ficha([
      'promote',
      ws,
      'emisiones',
      '--out',
      path.join(dir, 'x'),
      '--column',
      'nada',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nada');
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
  });
});

describe('ficha promotions and blackout', () => {
  it('records promotions, confirms inside a blackout and writes the bimonthly report', () => {
    fichaJson(['blackout', ws, '--add', '2026-04-01:2026-06-07', '--reason', 'Veda electoral']);
    fichaJson([
      'promotions',
      ws,
      '--add',
      'emisiones',
      '--channel',
      'Facebook',
      '--date',
      '2026-03-10',
    ]);

    const refused = ficha([
      'promotions',
      ws,
      '--add',
      'emisiones',
      '--channel',
      'Boletín',
      '--date',
      '2026-05-01',
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('restricted communication');
    fichaJson([
      'promotions',
      ws,
      '--add',
      'emisiones',
      '--channel',
      'Boletín',
      '--date',
      '2026-05-01',
      '--confirm',
    ]);

    const list = fichaJson<{ channel: string; inBlackout: boolean }[]>(['promotions', ws]);
    expect(list.map((p) => [p.channel, p.inBlackout])).toEqual([
      ['Facebook', false],
      ['Boletín', true],
    ]);

    const report = path.join(dir, 'difusion.html');
    expect(
      ficha(['promotions', ws, '--report', report, '--from', '2026-01-01', '--to', '2026-06-30'])
        .status,
    ).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('marzo–abril 2026');
    expect(html).toContain('(en veda)');
  });
});
