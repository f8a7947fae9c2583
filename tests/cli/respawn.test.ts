import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../engine/workspace/temp-folder';
import { ficha, repoRoot } from './run-ficha';

const temp = tempFolder('ficha-cli-respawn-');
afterAll(temp.cleanup);

let count = 0;
function workspace(): string {
  const ws = path.join(temp.dir, `ws-${++count}.ficha`);
  expect(ficha(['init', ws, '--quiet']).status).toBe(0);
  return ws;
}

/** A CSV large enough that its import is still running when it is interrupted. */
function bigCsv(): string {
  const file = path.join(temp.dir, 'grande.csv');
  if (!existsSync(file)) {
    const lines = ['clave,estado,anio,valor'];
    for (let i = 0; i < 400_000; i++)
      lines.push(`${i % 32},Estado ${i % 32},${2000 + (i % 20)},${i}.5`);
    writeFileSync(file, lines.join('\n'));
  }
  return file;
}

/** The processes whose command line names `needle`, from /proc. */
function processesNaming(needle: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function datasets(ws: string): number {
  const db = new Database(ws, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM datasets').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Starts `ficha import WS FILE` and resolves once it reports reading rows. */
function startImport(ws: string) {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin/ficha.js'), 'import', ws, bigCsv()],
    {
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    },
  );
  let stderr = '';
  const reading = new Promise<void>((resolve) => {
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
      if (stderr.includes('rows')) resolve();
    });
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, reading, closed, stderr: () => stderr };
}

describe('ficha import in a child process with a larger young generation', () => {
  it('runs there, and its exit code is the command’s', () => {
    const ws = workspace();
    const csv = path.join(temp.dir, 'chico.csv');
    writeFileSync(csv, 'a,b\n1,2\n');

    expect(ficha(['import', ws, csv, '--quiet']).status).toBe(0);
    expect(ficha(['import', ws, path.join(temp.dir, 'no-existe.csv')]).status).toBe(2);
    expect(ficha(['import', ws, csv, '--quiet'], { FICHA_ONE_PROCESS: '1' }).status).toBe(0);
    expect(datasets(ws)).toBe(2);
  });

  it('passes a SIGTERM sent to the command on, which cancels the import', async () => {
    const ws = workspace();
    const run = startImport(ws);
    await run.reading;

    run.child.kill('SIGTERM');
    const { code } = await run.closed;

    expect(code).toBe(2);
    expect(run.stderr()).toContain('cancelled');
    expect(datasets(ws)).toBe(0);
  }, 60_000);

  it.skipIf(process.platform !== 'linux')(
    'takes the import with it when the command is killed',
    async () => {
      const ws = workspace();
      const run = startImport(ws);
      await run.reading;
      expect(processesNaming(ws).length).toBe(2);

      run.child.kill('SIGKILL');
      await run.closed;
      // The child sees its channel close and stops as if killed too.
      for (let waited = 0; processesNaming(ws).length > 0 && waited < 5000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      expect(processesNaming(ws)).toEqual([]);
      expect(datasets(ws)).toBe(0);
    },
    60_000,
  );
});
