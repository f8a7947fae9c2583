// Builds the Node faces of Ficha (the CLI, the web host and the engine's
// worker) into out/node with esbuild. electron-vite builds the desktop app;
// this build is separate so that `npx ficha` works without Electron.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = {
  cli: 'electron/cli/index.ts',
  worker: 'electron/engine/jobs/worker.ts',
  'import-worker': 'electron/engine/import/pipeline/import-worker.ts',
  'export-worker': 'electron/engine/export/export-worker.ts',
};

const entryPoints = Object.fromEntries(
  Object.entries(entries).filter(([, file]) => existsSync(file)),
);

await build({
  entryPoints,
  outdir: 'out/node',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
