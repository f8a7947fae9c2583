import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAppState, saveAppState, withRecent } from '../../electron/main/app-state';
import { launchFiles } from '../../electron/main/launch-files';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-launch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files named at launch', () => {
  it('tells workspaces from sheets and ignores flags and missing files', () => {
    writeFileSync(path.join(dir, 'a.ficha'), '');
    writeFileSync(path.join(dir, 'Inventario.XLSX'), '');
    writeFileSync(path.join(dir, 'notes.pdf'), '');
    const argv = [
      '/opt/Ficha/ficha',
      '--no-sandbox',
      'a.ficha',
      'Inventario.XLSX',
      'notes.pdf',
      'gone.ficha',
    ];

    expect(launchFiles(argv, dir)).toEqual({
      workspaces: [path.join(dir, 'a.ficha')],
      sheets: [path.join(dir, 'Inventario.XLSX')],
    });
  });
});

describe('the remembered state', () => {
  it('keeps recent workspaces newest first, without duplicates or missing files', () => {
    const a = path.join(dir, 'a.ficha');
    const b = path.join(dir, 'b.ficha');
    writeFileSync(b, '');
    let state = loadAppState(dir, 'es');
    state = withRecent(withRecent(withRecent(state, a), b), a);
    expect(state.recent).toEqual([a, b]);

    rmSync(b);
    expect(withRecent(state, a).recent).toEqual([a]);
  });

  it('survives a damaged state file', () => {
    writeFileSync(path.join(dir, 'state.json'), '{not json');
    expect(loadAppState(dir, 'en')).toEqual({ language: 'en', recent: [], sampleOffered: false });

    saveAppState(dir, { language: 'es', recent: [], sampleOffered: true });
    expect(loadAppState(dir, 'en').sampleOffered).toBe(true);
  });
});
