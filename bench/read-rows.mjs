// Grid windows on a large dataset: builds a 1,000,000-row, 10-column
// workspace through the dataset writer, then times 200-row windows at
// random offsets, plain, sorted by a text column, and sorted and filtered.
// Target: median under 50 ms once the row order is built. Run with
// `node bench/read-rows.mjs [rows]`.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = join('bench', '.data');
mkdirSync(dir, { recursive: true });

await build({
  stdin: {
    contents: `
      export { createWorkspace } from './electron/engine/workspace/create-workspace';
      export { beginDatasetWrite } from './electron/engine/datasets/writer';
      export { readRows } from './electron/engine/datasets/read-rows';
      export { getDataset } from './electron/engine/datasets/catalog';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: join(dir, 'read-rows-engine.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});
const engine = createRequire(import.meta.url)(join(process.cwd(), dir, 'read-rows-engine.cjs'));

const file = join(dir, 'read-rows.ficha');
for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(file + suffix, { force: true });
const ws = engine.createWorkspace(file);

// Inventory-shaped rows: codes, place names with accents, numbers, dates.
const names = [
  'Aguascalientes',
  'Álamos',
  'Ébano',
  'Zacatecas',
  'Mérida',
  'Oaxaca de Juárez',
  'León',
  'Ñuu Savi',
  'Tlaxcala',
  'Querétaro',
  'Chihuahua',
  'Uruapan',
];
const columns = [
  'clave',
  'municipio',
  'estado',
  'poblacion',
  'superficie',
  'tasa',
  'activo',
  'fecha',
  'fuente',
  'nota',
].map((name, i) => ({
  name,
  label: name,
  type: ['text', 'text', 'text', 'integer', 'number', 'number', 'boolean', 'date', 'text', 'text'][
    i
  ],
}));
let started = Date.now();
let cpu = process.cpuUsage();
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1000).toFixed(0);
};
const writer = engine.beginDatasetWrite(ws, { columns });
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let start = 0; start < rows; start += 5000) {
  const batch = [];
  for (let i = start; i < Math.min(rows, start + 5000); i++) {
    const name = names[Math.floor(random() * names.length)];
    batch.push([
      String(i).padStart(7, '0'),
      `${name} ${Math.floor(random() * 1000)}`,
      names[i % 12],
      Math.floor(random() * 1e6),
      random() * 1000,
      random(),
      random() > 0.5,
      `20${String(10 + (i % 14))}-0${1 + (i % 9)}-1${i % 10}`,
      'INEGI',
      random() > 0.9 ? null : 'n',
    ]);
  }
  writer.insertRows(batch);
}
const record = writer.commit({
  name: 'grande',
  columns: columns.map((c, position) => ({ ...c, position, mismatches: 0 })),
});
console.log(`wrote ${rows} rows in ${Date.now() - started} ms (${cpuMs(cpu)} ms of CPU)`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label, query) {
  started = performance.now();
  cpu = process.cpuUsage();
  const first = engine.readRows(ws, engine.getDataset(ws, 'grande'), {
    ...query,
    offset: 0,
    limit: 200,
  });
  const firstMs = performance.now() - started;
  const firstCpu = cpuMs(cpu);
  const times = [];
  for (let i = 0; i < 50; i++) {
    const offset = Math.floor(random() * Math.max(1, first.total - 200));
    const t = performance.now();
    const dataset = engine.getDataset(ws, 'grande');
    const window = engine.readRows(ws, dataset, { ...query, offset, limit: 200 });
    times.push(performance.now() - t);
    if (window.rows.length === 0 && first.total > 0) throw new Error('empty window');
  }
  console.log(
    `${label}: ${first.total} rows; first window ${firstMs.toFixed(0)} ms (${firstCpu} ms CPU), ` +
      `then median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
}

measure('plain', {});
measure('sorted by text', { sort: { column: 'municipio', direction: 'asc' } });
measure('sorted by text, filtered', {
  sort: { column: 'municipio', direction: 'desc' },
  filters: [{ column: 'activo', op: 'equals', value: true }],
});
measure('searched and sorted by number', {
  sort: { column: 'poblacion', direction: 'asc' },
  search: 'merida',
});
void record;
ws.close();
