/* global fetch */
// Grid windows through the web host, as the interface asks for them: a
// 1,000,000-row dataset (the sample's emissions CSV) imported into a
// workspace, served by the host with the engine in its worker thread, and
// 200-row windows fetched over HTTP at random offsets, sorted by a text
// column and filtered. Prints medians; target under 50 ms once the row
// order is built. Run with `node bench/grid-window-http.mjs [rows]`.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const rows = Number(process.argv[2] ?? 1_000_000);
const data = join('bench', '.data');
mkdirSync(data, { recursive: true });

await build({
  stdin: {
    contents: `
      export { createSampleWorkspace } from './electron/engine/sample/create-sample-workspace';
      export { createHost } from './electron/host/create-host';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: join(data, 'grid-window-http.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});
const { createSampleWorkspace, createHost } = createRequire(import.meta.url)(
  join(process.cwd(), data, 'grid-window-http.cjs'),
);
const silent = { info() {}, warn() {}, error: (m, e) => console.error(m, e) };

const folder = mkdtempSync(join(data, 'grid-http-'));
let started = performance.now();
const sample = await createSampleWorkspace({
  folder,
  actor: { name: 'bench', email: '' },
  logger: silent,
  csvRows: rows,
});
console.log(`sample workspace with ${rows.toLocaleString('en')} CSV rows: ${seconds(started)} s`);

const host = await createHost({
  workspacePath: sample.workspacePath,
  workerPath: join(process.cwd(), 'out', 'node', 'worker.cjs'),
  staticDir: folder,
  logger: silent,
});
const call = async (name, params) => {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/call/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

const dataset = 'emisiones-por-municipio';
const cases = {
  'workspace.info (transport only)': () => call('workspace.info', {}),
  'plain window': (offset) => call('dataset.rows', { dataset, offset, limit: 200 }),
  'sorted by text (entidad)': (offset) =>
    call('dataset.rows', {
      dataset,
      offset,
      limit: 200,
      sort: { column: 'entidad', direction: 'asc' },
    }),
  'sorted by text and filtered (contaminante = NOx)': (offset) =>
    call('dataset.rows', {
      dataset,
      offset,
      limit: 200,
      sort: { column: 'entidad', direction: 'asc' },
      filters: [{ column: 'contaminante', op: 'equals', value: 'NOx' }],
    }),
};

console.log('| request | first | median of 50 at random offsets | p90 |');
console.log('| --- | --- | --- | --- |');
for (const [label, run] of Object.entries(cases)) {
  started = performance.now();
  const first = await run(0);
  const firstMs = performance.now() - started;
  const total = first?.total ?? 1;
  const times = [];
  for (let i = 0; i < 50; i++) {
    const offset = Math.floor(Math.random() * Math.max(1, total - 200));
    const at = performance.now();
    await run(offset);
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${label} | ${ms(firstMs)} | ${ms(times[25])} | ${ms(times[45])} |`);
}

await host.close();
rmSync(folder, { recursive: true, force: true });

function seconds(from) {
  return ((performance.now() - from) / 1000).toFixed(1);
}

function ms(value) {
  return `${value.toFixed(1)} ms`;
}
