import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../electron/main/log-file';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the log file', () => {
  it('writes [module] sentence lines with their level', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-log-'));
    const logger = createFileLogger(dir);
    logger.info('[import] read the sheet', { rows: 12 });
    logger.error('[dispatch] request failed', new Error('boom'));

    const text = readFileSync(logger.file, 'utf8');
    expect(text).toMatch(/^\S+ INFO \[import\] read the sheet \{"rows":12\}$/m);
    expect(text).toMatch(/ERROR \[dispatch\] request failed Error: boom/);
  });

  it('rotates by size and keeps a fixed number of files', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-log-'));
    const logger = createFileLogger(dir, { maxBytes: 1000, files: 3 });
    for (let i = 0; i < 200; i++) logger.info(`[test] line number ${i} of the rotation check`);

    const files = readdirSync(dir).sort();
    expect(files).toEqual(['ficha.1.log', 'ficha.2.log', 'ficha.log']);
    for (const file of files) expect(statSync(path.join(dir, file)).size).toBeLessThanOrEqual(1000);
    expect(readFileSync(path.join(dir, 'ficha.log'), 'utf8')).toContain('line number 199 ');
    expect(readFileSync(path.join(dir, 'ficha.2.log'), 'utf8')).not.toContain('line number 0 ');
  });
});
