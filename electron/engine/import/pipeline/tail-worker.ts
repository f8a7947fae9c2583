import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { followResultWorker } from '../../jobs/result-worker';
import type { ResultWorker } from '../../jobs/result-worker';
import { streamingThreadLimits } from '../../jobs/thread-limits';
import type { TailJob, TailResult } from './read-tail';

/** What the import worker posts back. */
export type FromTailWorker = { progress: number } | { result: TailResult } | { failed: string };

/**
 * A later part of a file being read in the import worker: its result, or
 * null when it could not be read there (the import reads it itself).
 */
export type TailReading = ResultWorker<TailResult>;

/** An import worker started before its job is known, so that it is loaded by then. */
let warm: Worker | null = null;

/**
 * Starts an import worker ahead of a large text file's job: it loads its
 * code (about a tenth of a second) while the import detects the table.
 * The next startTailWorker takes it; dropWarmTailWorker ends it unused.
 */
export function warmUpTailWorker(): void {
  const script = importWorkerScript();
  if (!script || warm) return;
  const worker = new Worker(script, { resourceLimits: streamingThreadLimits });
  // An unused worker must not keep the process alive or crash it, and one
  // that has stopped is forgotten so that the job goes to a fresh one.
  worker.unref();
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    if (warm === worker) warm = null;
  });
  warm = worker;
}

/** Ends a worker warmed up for a job that did not come (a workbook, a file not split). */
export function dropWarmTailWorker(): void {
  void warm?.terminate();
  warm = null;
}

/**
 * Starts reading a later part of a text file in a worker thread (the one
 * warmed up, if any), or returns null when the worker script cannot be
 * found (then the import reads the whole file in its own thread).
 */
export function startTailWorker(
  job: TailJob,
  progress: (bytes: number) => void,
): TailReading | null {
  const script = importWorkerScript();
  if (!script) return null;

  const worker = warm ?? new Worker(script, { resourceLimits: streamingThreadLimits });
  warm = null;
  worker.ref();
  worker.postMessage(job);
  return followResultWorker<FromTailWorker, TailResult>(worker, (message) => {
    if ('progress' in message) {
      progress(message.progress);
      return undefined;
    }
    return { answer: 'result' in message ? message.result : null };
  });
}

let cachedScript: string | null | undefined;

/**
 * The worker's script: built next to the code that runs (out/node or
 * out/main, whose shared code may sit in out/main/chunks) or, when the
 * engine runs from its TypeScript source (tests), bundled once from
 * import-worker.ts with esbuild.
 */
export function importWorkerScript(): string | null {
  if (cachedScript !== undefined) return cachedScript;
  cachedScript = null;
  for (const dir of [__dirname, path.dirname(__dirname)]) {
    for (const name of ['import-worker.cjs', 'import-worker.js']) {
      const file = path.join(dir, name);
      if (existsSync(file)) return (cachedScript = file);
    }
  }
  const source = path.join(__dirname, 'import-worker.ts');
  if (existsSync(source)) cachedScript = bundleFromSource(source);
  return cachedScript;
}

/** Bundles the worker from source into node_modules/.cache, where its packages resolve. */
function bundleFromSource(source: string): string | null {
  let root = __dirname;
  while (!existsSync(path.join(root, 'package.json'))) {
    const parent = path.dirname(root);
    if (parent === root) return null;
    root = parent;
  }
  const outDir = path.join(root, 'node_modules', '.cache', 'ficha');
  const outfile = path.join(outDir, `import-worker-${process.pid}.cjs`);
  try {
    mkdirSync(outDir, { recursive: true });
    // Loaded by name at run time so that no build bundles the build tool.
    const esbuild = createRequire(path.join(root, 'package.json'))('esbuild') as {
      buildSync(options: Record<string, unknown>): unknown;
    };
    esbuild.buildSync({
      entryPoints: [source],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'silent',
    });
    return outfile;
  } catch {
    return null;
  }
}
