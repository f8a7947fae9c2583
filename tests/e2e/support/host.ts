import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository's root, where bin/ficha.js lives. */
export const repoRoot = path.resolve(__dirname, '../../..');
const cli = path.join(repoRoot, 'bin', 'ficha.js');

/** A temp folder for one test's workspace and files; removed by cleanup(). */
export function tempFolder(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `ficha-e2e-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the built `ficha` command and returns its output; throws on a non-zero exit. */
export async function ficha(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    env: { ...process.env, FICHA_LANG: 'en' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/**
 * The profile hosts started by tests use, so the first-run question does not
 * cover the screen; a test that wants the question sets FICHA_PROFILE itself.
 */
function testerProfile(): string {
  const file = path.join(os.tmpdir(), 'ficha-e2e-profile.json');
  writeFileSync(file, JSON.stringify({ name: 'Prueba E2E', email: '', area: '' }));
  return file;
}

/** A running `ficha serve`: the URL with its token, and how to stop it. */
export interface ServedWorkspace {
  url: string;
  stop(): Promise<void>;
}

/** Starts `ficha serve WS --port 0` and waits for the URL it prints. */
export function serve(workspace: string, ...extra: string[]): Promise<ServedWorkspace> {
  const child = spawn(process.execPath, [cli, 'serve', workspace, '--port', '0', ...extra], {
    cwd: repoRoot,
    env: { FICHA_PROFILE: testerProfile(), ...process.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';

  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`ficha serve printed no URL:\n${output}`)),
      30_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[0], stop: () => stop(child) });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`ficha serve exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

/** Whether the built CLI has an `import` command yet. */
async function cliCanImport(): Promise<boolean> {
  const help = await ficha('--help');
  return /^\s+import\s/m.test(help);
}

/**
 * Imports a file into a workspace before the page opens: with `ficha
 * import` when the CLI has it, else through the running host's API (the
 * upload and `import.run` the interface itself uses).
 */
export async function importBefore(
  workspace: string,
  file: string,
  name: string,
  host: () => Promise<ServedWorkspace>,
): Promise<ServedWorkspace> {
  if (await cliCanImport()) {
    await ficha('import', workspace, file, '--name', name);
    return host();
  }

  const served = await host();
  const url = new URL(served.url);
  const headers = { authorization: `Bearer ${url.searchParams.get('token')}` };
  const upload = await fetch(
    `${url.origin}/api/upload?name=${encodeURIComponent(path.basename(file))}`,
    {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: readFileSync(file),
    },
  );
  const uploaded = (await upload.json()) as { ok: boolean; value: { file: string } };
  if (!uploaded.ok) throw new Error(`upload failed: ${JSON.stringify(uploaded)}`);

  const response = await fetch(`${url.origin}/api/call/import.run`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ file: uploaded.value.file, name }),
  });
  const result = (await response.json()) as { ok: boolean };
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
  return served;
}
