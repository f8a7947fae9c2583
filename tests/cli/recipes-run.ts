import { main } from '../../electron/cli/index';

/** What one in-process run of `ficha` printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ficha` in this process (no build needed), capturing its output. */
export async function runFicha(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    streams: {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    env: {
      ...process.env,
      LANG: 'en_US.UTF-8',
      FICHA_USER: 'Ana Prueba',
      FICHA_EMAIL: 'ana@example.org',
    },
  });
  return { code, stdout, stderr };
}

/** Runs `ficha … --json` in this process and parses its document. */
export async function runFichaJson<T>(args: string[]): Promise<{ code: number; value: T }> {
  const run = await runFicha([...args, '--json']);
  return { code: run.code, value: JSON.parse(run.stdout) as T };
}
