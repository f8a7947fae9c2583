import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** The repository's root, where bin/ficha.js lives. */
export const repoRoot = path.resolve(__dirname, '../..');

/** What a run of the built `ficha` command printed and returned. */
export interface FichaRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `ficha` command synchronously with an optional environment. */
export function ficha(args: string[], env: NodeJS.ProcessEnv = {}): FichaRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/ficha.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `ficha … --json` and parses its one JSON document. */
export function fichaJson<T = unknown>(args: string[], env: NodeJS.ProcessEnv = {}): T {
  const run = ficha([...args, '--json'], env);
  if (run.status !== 0)
    throw new Error(`ficha ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Starts a Node script in the background, e.g. one that holds a workspace open. */
export function background(script: string, args: string[]) {
  return spawn(process.execPath, ['-e', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}
