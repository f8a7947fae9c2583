import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../electron/cli/command';
import { FichaError } from '../../shared/errors';

const repo = resolve(__dirname, '../..');

// The built command (tests/global-setup.ts builds it), loaded in this process.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = require(join(repo, 'out/node/cli.cjs')) as {
  runCli(registry: Command[], argv: string[], options: object): Promise<number>;
};

const summary = {
  es: 'Una orden de prueba para el marco.',
  en: 'A test command for the framework.',
};

/** A long command that watches the signal, as an import does. */
const slow: Command = {
  name: 'slow',
  summary,
  usage: 'slow [--json]',
  arguments: [],
  options: [],
  json: true,
  async run({ signal, progress, io }) {
    for (let step = 0; step < 100; step++) {
      if (signal.aborted) throw new FichaError('CANCELLED');
      progress({ phase: 'working', done: step, total: 100, unit: 'steps' });
      await new Promise((done) => setTimeout(done, 20));
    }
    io.printJson({ finished: true });
    return 0;
  },
};

const failing: Command = {
  ...slow,
  name: 'failing',
  async run() {
    throw new FichaError('FILE_NOT_FOUND', { file: 'datos.xlsx' });
  },
};

const buggy: Command = {
  ...slow,
  name: 'buggy',
  async run() {
    throw new TypeError('undefined is not a function');
  },
};

const checking: Command = { ...slow, name: 'checking', run: async () => 1 };

async function run(argv: string[], options: object = {}) {
  let stdout = '';
  let stderr = '';
  const status = await built.runCli([slow, failing, buggy, checking], argv, {
    streams: {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    env: { LANG: 'en_US.UTF-8' },
    ...options,
  });
  return { status, stdout, stderr };
}

describe('the command framework', () => {
  it('cancels long work on Ctrl-C and exits 2 with the CANCELLED message', async () => {
    const running = run(['slow', '--json'], { handleSignals: true });
    setTimeout(() => process.emit('SIGINT'), 100);
    const result = await running;
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).error.code).toBe('CANCELLED');
    expect(result.stderr).toContain('cancelled');
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('exits 2 with the message of an expected failure, naming the file', async () => {
    const result = await run(['failing']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('ficha: File datos.xlsx was not found. Check the path.\n');
  });

  it('exits 70 with the stack on a bug, without the raw message as the only line', async () => {
    const result = await run(['buggy']);
    expect(result.status).toBe(70);
    expect(result.stderr).toMatch(/^An unexpected error occurred/);
    expect(result.stderr).toContain('TypeError');
  });

  it('passes on the exit code 1 of a failed check', async () => {
    expect((await run(['checking'])).status).toBe(1);
  });

  it('prints nothing on stderr with --quiet', async () => {
    const result = await run(['slow', '--quiet', '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ finished: true });
  });
});
