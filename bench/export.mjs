// Export of a 1,000,000-row dataset to a zipped package, against the sqlite3
// shell writing the same table as CSV plus the `zip` command, side by side in
// one run. Ficha's side is the whole `exportPackage` (validation, CSV
// streamed into the zip, XLSX off, every metadata file, SHA256SUMS, rename,
// history row); the phases are timed apart too. Each Ficha export runs in a
// new Node process, as `ficha export` does (its start, the engine's loading
// and the workspace's opening count); the first run is the first export of
// the table's revision (what the workspace stored about it is cleared),
// later ones read what the first stored. FICHA_BENCH_IN_PROCESS=1 runs every
// export in this process instead. Prints the ratio of wall times and of CPU
// times (both sides' user + system; target at most 1.3). Never fails on time.
// Usage: node bench/export.mjs [ROWS] (FICHA_BENCH_RUNS=3 for more runs)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.env.FICHA_BENCH_RUNS ?? 3);
const dir = resolve('bench/.data');
const out = join(dir, 'export-out');
const file = join(dir, `export-${rows}.ficha`);
const inProcess = process.env.FICHA_BENCH_IN_PROCESS === '1';
mkdirSync(dir, { recursive: true });

// A child started by fichaRun: one export with the bundles already built.
if (process.env.FICHA_BENCH_CHILD === '1') {
  const engine = createRequire(import.meta.url)(join(dir, 'export-engine.cjs'));
  const ws = engine.openWorkspace(file, { takeOverStaleLock: true });
  const result = await exportOnce(engine, ws);
  ws.close();
  console.log(JSON.stringify(result));
  process.exit(0);
}

await build({
  stdin: {
    contents: `
      export { createWorkspace } from './electron/engine/workspace/create-workspace';
      export { openWorkspace } from './electron/engine/workspace/open-workspace';
      export { beginDatasetWrite } from './electron/engine/datasets/writer';
      export { getDataset } from './electron/engine/datasets/catalog';
      export { saveFicha } from './electron/engine/metadata/ficha-store';
      export { validateDataset } from './electron/engine/metadata/validate-dataset';
      export { exportPackage } from './electron/engine/export/export-package';
      export { writeTableCsv } from './electron/engine/export/csv-writer';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: join(dir, 'export-engine.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});
// The export worker (zip, CSV helper) sits beside the engine bundle, where the export looks for it.
await build({
  entryPoints: ['electron/engine/export/export-worker.ts'],
  outfile: join(dir, 'export-worker.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});
const engine = createRequire(import.meta.url)(join(dir, 'export-engine.cjs'));

// The workspace is built once and kept between runs of the benchmark; what
// an earlier run stored about the table is cleared, so run 1 computes it.
if (!existsSync(file)) buildWorkspace(file);
const ws = engine.openWorkspace(file, { takeOverStaleLock: true });
const table = engine.getDataset(ws, 'inventario').tableName;
ws.db.prepare('DELETE FROM fact_cache').run();
if (!inProcess) ws.close();

function buildWorkspace(path) {
  const created = engine.createWorkspace(path);
  const states = [
    'Aguascalientes',
    'Ciudad de México',
    'Michoacán de Ocampo',
    'Nuevo León',
    'Yucatán',
  ];
  const sectors = ['Química', 'Metalúrgica', 'Cemento y cal', 'Celulosa, papel', 'Vidrio'];
  const columns = [
    ['cve_ent', 'Clave de entidad', 'text'],
    ['cve_mun', 'Clave de municipio', 'text'],
    ['estado', 'Estado', 'text'],
    ['establecimiento', 'Establecimiento', 'text'],
    ['sector', 'Sector', 'text'],
    ['contaminante', 'Contaminante', 'text'],
    ['anio', 'Año', 'integer'],
    ['emision_ton', 'Emisión (t)', 'number'],
    ['concentracion', 'Concentración', 'number'],
    ['observaciones', 'Observaciones', 'text'],
  ].map(([name, label, type]) => ({ name, label, type }));
  const writer = engine.beginDatasetWrite(created, { columns });
  let batch = [];
  for (let i = 0; i < rows; i++) {
    batch.push([
      String(1 + (i % 32)).padStart(2, '0'),
      String(1 + (i % 570)).padStart(3, '0'),
      states[i % states.length],
      `Planta ${i % 9000} "${sectors[i % 5]}"`,
      sectors[i % sectors.length],
      i % 3 ? 'Bióxido de carbono' : 'Metano',
      2004 + (i % 15),
      (i % 100000) / 7,
      i % 11 ? (i % 977) / 3 : null,
      i % 17 ? '' : 'estimado, con factor de emisión',
    ]);
    if (batch.length === 10000) {
      writer.insertRows(batch);
      batch = [];
    }
  }
  if (batch.length) writer.insertRows(batch);
  writer.commit({
    name: 'inventario',
    title: 'Inventario de emisiones',
    columns: columns.map((c, position) => ({ ...c, position, mismatches: 0 })),
  });
  engine.saveFicha(created, 'inventario', {
    title: 'Registro de emisiones y transferencia de contaminantes',
    description: 'Emisiones por establecimiento. Datos de prueba para medir la exportación.',
    keywords: ['emisiones', 'contaminantes'],
    category: 'Energía y Medio Ambiente',
    publisher: { name: 'Instituto Nacional de Ecología y Cambio Climático', acronym: 'INECC' },
    contact: { name: 'Ana López', email: 'ana.lopez@inecc.gob.mx', position: 'Enlace' },
    periodicity: 'R/P1Y',
    temporal: { start: '2004', end: '2018' },
    issued: '2020-01-15',
    modified: '2024-03-15',
    dictionary: columns.map((c) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      description: c.label,
    })),
  });
  created.close();
}

function shellRun() {
  const csv = join(dir, 'export-shell.csv');
  const zip = join(dir, 'export-shell.zip');
  rmSync(csv, { force: true });
  rmSync(zip, { force: true });
  const started = performance.now();
  const dump = spawnSync('sh', [
    '-c',
    `sqlite3 -csv -header "${file}" 'SELECT * FROM "${table}"' > "${csv}" && times`,
  ]);
  if (dump.status !== 0) throw new Error(`sqlite3 failed: ${dump.stderr}`);
  const csvSeconds = (performance.now() - started) / 1000;
  const zipped = spawnSync('sh', ['-c', `zip -q -j "${zip}" "${csv}" && times`]);
  if (zipped.status !== 0) throw new Error(`zip failed: ${zipped.stderr}`);
  const seconds = (performance.now() - started) / 1000;
  const sizes = { csv: statSync(csv).size, zip: statSync(zip).size };
  rmSync(csv, { force: true });
  rmSync(zip, { force: true });
  return { seconds, csvSeconds, cpu: childCpu(dump.stdout) + childCpu(zipped.stdout), sizes };
}

/** The children's user + system seconds from the shell's `times` (its second line). */
function childCpu(output) {
  const line = String(output).trim().split('\n').at(-1);
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + 60 * +m[1] + +m[2], 0);
}

/** One export in a new process (or in this one), timed from outside. */
async function fichaRun() {
  if (inProcess) return exportOnce(engine, ws);
  const started = performance.now();
  const child = spawnSync('sh', ['-c', `"${process.execPath}" bench/export.mjs ${rows} && times`], {
    env: { ...process.env, FICHA_BENCH_CHILD: '1' },
  });
  if (child.status !== 0) throw new Error(`export process failed: ${child.stderr}`);
  const seconds = (performance.now() - started) / 1000;
  const result = JSON.parse(
    String(child.stdout)
      .split('\n')
      .find((line) => line.startsWith('{')),
  );
  // The child's own figures leave out its start; the shell's `times` has it all.
  return { ...result, seconds, cpu: childCpu(child.stdout), inside: result.seconds };
}

async function exportOnce(engine, ws) {
  rmSync(out, { recursive: true, force: true });
  const phases = {};
  let last = performance.now();
  let phase = 'validate';
  const started = last;
  const cpuBefore = process.cpuUsage();
  const result = await engine.exportPackage(ws, 'inventario', {
    out,
    zip: true,
    progress: (p) => {
      if (p.phase === phase) return;
      const now = performance.now();
      phases[phase] = (now - last) / 1000;
      last = now;
      phase = p.phase;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpuBefore);
  phases[phase] = (performance.now() - last) / 1000;
  if (result.rows !== rows) throw new Error(`exported ${result.rows} rows, not ${rows}`);
  // The process's CPU covers every thread: the zip worker and zlib's pool too.
  return {
    seconds,
    cpu: (used.user + used.system) / 1e6,
    phases,
    zip: result.zip.bytes,
    csv: result.files[0].bytes,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ratios = [];
const cpuRatios = [];
for (let run = 0; run < runs; run++) {
  const s = shellRun();
  const f = await fichaRun();
  ratios.push(f.seconds / s.seconds);
  cpuRatios.push(f.cpu / s.cpu);
  const phases = Object.entries(f.phases)
    .map(([name, value]) => `${name} ${value.toFixed(2)}`)
    .join(', ');
  console.log(
    `run ${run + 1}: sqlite3 -csv + zip ${s.seconds.toFixed(2)} s (csv ${s.csvSeconds.toFixed(2)}, ` +
      `CPU ${s.cpu.toFixed(2)}), ficha export --zip ${f.seconds.toFixed(2)} s ` +
      `(${inProcess ? '' : `export ${f.inside.toFixed(2)}: `}${phases}; CPU ${f.cpu.toFixed(2)}); ` +
      `csv ${(s.sizes.csv / 1e6).toFixed(1)}/${(f.csv / 1e6).toFixed(1)} MB, ` +
      `zip ${(s.sizes.zip / 1e6).toFixed(1)}/${(f.zip / 1e6).toFixed(1)} MB`,
  );
}
if (inProcess) ws.close();
rmSync(out, { recursive: true, force: true });

// The first export computes the table facts, the auto-fill's reads and the
// charts, and stores them; later ones read them for the table's revision.
const warm = (values) => (values.length > 1 ? median(values.slice(1)).toFixed(2) : 'n/a');
console.log(
  `Export, ${rows.toLocaleString('en-US')} rows x 10 to a zipped package, ` +
    `${inProcess ? 'one process' : 'a new process each'}, ficha/shell: ` +
    `first (facts computed) wall ${ratios[0].toFixed(2)} CPU ${cpuRatios[0].toFixed(2)}, ` +
    `later (facts stored) wall ${warm(ratios)} CPU ${warm(cpuRatios)} (target <= 1.3)`,
);
