// Validation on a large table: builds a 10-column inventory-shaped dataset
// (1,000,000 rows by default) with the usual blemishes (notation keys,
// untrimmed names, local dates, a total row), then times the data-quality
// facts computed in SQLite and a full validation (every profile) against
// `describeDataset`, the one-pass count of non-empty and distinct values per
// column, as the yardstick. Also times a ficha-only validation (the live
// check while typing), reading the auto-filled ficha, and a second process's
// read of the facts stored in the workspace (a read-only connection opened
// after the first closed). Prints wall and CPU time (this process, every
// thread). Never fails on time. Run with `node bench/validate-facts.mjs [rows]`.
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
      export { openWorkspace } from './electron/engine/workspace/open-workspace';
      export { beginDatasetWrite } from './electron/engine/datasets/writer';
      export { getDataset } from './electron/engine/datasets/catalog';
      export { describeDataset } from './electron/engine/datasets/describe-dataset';
      export { computeTableFacts, measureTableFacts } from './electron/engine/metadata/table-facts';
      export { validateDataset } from './electron/engine/metadata/validate-dataset';
      export { getFicha } from './electron/engine/metadata/ficha-store';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: join(dir, 'validate-facts-engine.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});
const engine = createRequire(import.meta.url)(
  join(process.cwd(), dir, 'validate-facts-engine.cjs'),
);

const file = join(dir, 'validate-facts.ficha');
for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(file + suffix, { force: true });
const ws = engine.createWorkspace(file);

const states = [
  'Jalisco',
  'Sonora',
  'Ciudad de México',
  'Yucatán',
  'Oaxaca',
  'JALISCO ',
  'Nuevo León',
];
const sectors = ['Energía', 'Transporte', 'Industria', 'Residuos', null];
const columns = [
  ['anio', 'Año', 'integer'],
  ['cve_mun', 'CVE_MUN', 'text'],
  ['estado', 'Estado', 'text'],
  ['sector', 'Sector', 'text'],
  ['pm10', 'PM10 (t)', 'number'],
  ['pm2_5', 'PM2.5 (t)', 'number'],
  ['so2', 'SO2 (t)', 'number'],
  ['fecha', 'Fecha', 'text'],
  ['monto', 'Monto', 'text'],
  ['nota', 'Nota', 'text'],
].map(([name, label, type]) => ({ name, label, type }));

const writer = engine.beginDatasetWrite(ws, { columns });
const batch = [];
for (let i = 0; i < rows; i++) {
  batch.push([
    2000 + (i % 20),
    String(1001 + (i % 2400)).padStart(5, '0'),
    states[i % states.length],
    sectors[i % sectors.length],
    i % 97 === 0 ? 'ND' : (i % 1000) / 7,
    (i % 500) / 3,
    i % 13,
    `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2020`,
    (i % 3000).toLocaleString('en-US'),
    i === rows - 1 ? 'Total' : `nota ${i % 50}`,
  ]);
  if (batch.length === 5000) {
    writer.insertRows(batch);
    batch.length = 0;
  }
}
if (batch.length) writer.insertRows(batch);
writer.commit({
  name: 'grande',
  title: 'Emisiones grandes',
  columns: columns.map((c, position) => ({ ...c, position, mismatches: 0 })),
});

function time(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

const record = engine.getDataset(ws, 'grande');
const yardstick = time(() => engine.describeDataset(ws, record));
const measured = time(() => engine.measureTableFacts(ws, record));
const facts = time(() => engine.computeTableFacts(ws, record));
const ficha = time(() => engine.getFicha(ws, 'grande'));
const full = time(() => engine.validateDataset(ws, 'grande'));
const cached = time(() => engine.validateDataset(ws, 'grande'));
const live = time(() => engine.validateDataset(ws, 'grande', { fichaOnly: true }));
ws.close();

// Another connection, as `ficha export` after `ficha validate`: the facts are read, not measured.
const reader = engine.openWorkspace(file, { readOnly: true });
const stored = time(() => engine.computeTableFacts(reader, engine.getDataset(reader, 'grande')));
reader.close();

const ms = (x) => `${x.wall.toFixed(0)} ms (CPU ${x.cpu.toFixed(0)} ms)`;
const ratio = (x) => (x.wall / yardstick.wall).toFixed(2);
console.log(`${rows.toLocaleString('en-US')} rows x ${columns.length} columns`);
console.log(`describe (yardstick = 1)         ${ms(yardstick)}`);
console.log(`table facts, measured            ${ms(measured)}  ${ratio(measured)}`);
console.log(`table facts, measured and stored ${ms(facts)}  ${ratio(facts)}`);
console.log(`table facts, read by a 2nd conn. ${ms(stored)}`);
console.log(`auto-filled ficha (first read)   ${ms(ficha)}`);
console.log(`validate, every profile          ${ms(full)}  (facts cached after: ${ms(cached)})`);
console.log(`validate, ficha only (typing)    ${ms(live)}`);
