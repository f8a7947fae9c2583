import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../electron/cli/command';

const repo = resolve(__dirname, '../..');

// The built command (tests/global-setup.ts builds it), loaded in this process.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = require(join(repo, 'out/node/cli.cjs')) as {
  main(argv: string[], options: object): Promise<number>;
  commands: readonly Command[];
};
const commands = built.commands;

/** Runs the built command's main() in this process, capturing what it prints. */
async function runBuilt(args: string[], language = 'C.UTF-8') {
  let stdout = '';
  let stderr = '';
  const status = await built.main(args, {
    streams: {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    env: { LANG: language },
  });
  return { status, stdout, stderr };
}

const docs = readFileSync(join(repo, 'docs/cli.md'), 'utf8');

describe('help on every command', () => {
  it('lists every registered command in `ficha --help`', async () => {
    const run = await runBuilt(['--help']);
    expect(run.status).toBe(0);
    for (const command of commands)
      expect(run.stdout).toMatch(new RegExp(`^  ${command.name} `, 'm'));
  });

  it.each(commands.map((c) => [c.name]))(
    '`ficha %s --help` prints its usage in both languages',
    async (name) => {
      const english = await runBuilt([name, '--help']);
      expect(english.status).toBe(0);
      expect(english.stdout).toMatch(new RegExp(`^Usage: ficha ${name}\\b`));
      expect(english.stdout).toContain('--help');
      const spanish = await runBuilt([name, '--help'], 'es_MX.UTF-8');
      expect(spanish.stdout).toMatch(new RegExp(`^Uso: ficha ${name}\\b`));
    },
  );

  it.each(commands.map((c) => [c.name]))(
    '`ficha %s` has a summary and documented options',
    (name) => {
      const command = commands.find((c) => c.name === name)!;
      expect(command.summary.es.length).toBeGreaterThan(10);
      expect(command.summary.en.length).toBeGreaterThan(10);
      for (const option of command.options) {
        expect(option.summary.en, `--${option.name}`).not.toBe('');
        expect(option.summary.es, `--${option.name}`).not.toBe('');
      }
    },
  );

  it.each(commands.map((c) => [c.name]))('`ficha %s` has a section in docs/cli.md', (name) => {
    const hint = `docs/cli.md needs a section headed: ### \`ficha ${name}\``;
    expect(docs, hint).toMatch(new RegExp(`^### \`ficha ${name}\``, 'm'));
  });
});
