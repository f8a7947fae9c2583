// XLSX import against LibreOffice's headless conversion to CSV, side by side
// in one run: a generated 200,000-row, 10-column inventory-shaped XLSX read by
// (a) `soffice --headless --convert-to csv`, (b) Ficha's streaming workbook
// reader alone (every row of the sheet handed over as typed cells), and
// (c) the full `ficha import` into a fresh workspace when the CLI is built,
// and (d) SheetJS reading it whole in dense mode, as a reference.
// Prints median wall and CPU times (user + system; LibreOffice uses more than
// one thread), the ratios to LibreOffice (target below 1) and peak RSS
// (target under 1 GB), measured with /usr/bin/time -v. Never fails
// on time. Usage: node bench/import-xlsx.mjs [ROWS] (FICHA_BENCH_RUNS=3)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const rows = Number(process.argv[2] ?? 200_000);
const runs = Number(process.env.FICHA_BENCH_RUNS ?? 3);
const dataDir = path.resolve('bench/.data');
const xlsx = path.join(dataDir, `inventory-${rows}.xlsx`);
const bundle = path.join(dataDir, 'xlsx-bench.cjs');

// The engine is TypeScript: bundle the reader and the fixture writer once.
mkdirSync(dataDir, { recursive: true });
writeFileSync(
  path.join(dataDir, 'xlsx-bench-entry.ts'),
  [
    "export { openWorkbookReader } from '../../electron/engine/import/workbook';",
    "export { writeLargeWorkbook } from '../../tests/fixtures/workbooks';",
  ].join('\n'),
);
await build({
  entryPoints: [path.join(dataDir, 'xlsx-bench-entry.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});

if (!existsSync(xlsx)) {
  console.log(`generating ${rows.toLocaleString('en-US')} rows into ${xlsx}`);
  const { writeLargeWorkbook } = await import(bundle);
  await writeLargeWorkbook(dataDir, rows, path.basename(xlsx));
}
const megabytes = (statSync(xlsx).size / 1024 ** 2).toFixed(1);

// The reader alone runs in its own process so that its peak RSS is its own.
const readScript = path.join(dataDir, 'xlsx-read.cjs');
writeFileSync(
  readScript,
  `const { openWorkbookReader } = require(${JSON.stringify(bundle)});
(async () => {
  const reader = await openWorkbookReader(process.argv[2]);
  const sheet = reader.sheets()[0].name;
  let count = 0;
  let cells = 0;
  for await (const batch of reader.rows(sheet, new AbortController().signal)) {
    count += batch.rows.length;
    for (const row of batch.rows) cells += row.length;
  }
  await reader.close();
  console.log(JSON.stringify({ rows: count, cells }));
})();
`,
);

// SheetJS in dense mode, the in-memory path, as a reference point.
const sheetjsScript = path.join(dataDir, 'xlsx-sheetjs.cjs');
writeFileSync(
  sheetjsScript,
  `const XLSX = require(${JSON.stringify(path.resolve('node_modules/xlsx'))});
const book = XLSX.read(require('node:fs').readFileSync(process.argv[2]), {
  type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellText: false, cellNF: true,
});
const sheet = book.Sheets[book.SheetNames[0]];
console.log(JSON.stringify({ rows: sheet['!data'].length }));
`,
);

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS in MB. */
function timed(command, args, env = process.env) {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const cpu = user && system ? Number(user[1]) + Number(system[1]) : NaN;
  return { seconds, cpu, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: run.stdout };
}

const soffice = ['soffice', 'libreoffice'].find(
  (name) => spawnSync('which', [name], { encoding: 'utf8' }).status === 0,
);

function libreofficeRun() {
  const out = mkdtempSync(path.join(os.tmpdir(), 'ficha-lo-'));
  // A private profile so that a desktop session's LibreOffice does not interfere.
  const profile = `-env:UserInstallation=file://${out}/profile`;
  const result = timed(soffice, [
    profile,
    '--headless',
    '--convert-to',
    'csv',
    '--outdir',
    out,
    xlsx,
  ]);
  rmSync(out, { recursive: true, force: true });
  return result;
}

function readerRun() {
  const result = timed('node', [readScript, xlsx]);
  const counted = JSON.parse(result.stdout);
  if (counted.rows !== rows + 1) throw new Error(`read ${counted.rows} rows, expected ${rows + 1}`);
  return result;
}

function sheetjsRun() {
  return timed('node', [sheetjsScript, xlsx]);
}

const cli = path.resolve('bin/ficha.js');
const canImport =
  existsSync(cli) && spawnSync('node', [cli, '--help'], { encoding: 'utf8' }).status === 0;

function importRun() {
  const ws = path.join(dataDir, 'bench-xlsx.ficha');
  for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(ws + suffix, { force: true });
  spawnSync('node', [cli, 'init', ws, '--quiet'], { stdio: 'ignore' });
  const result = timed('node', [cli, 'import', ws, xlsx, '--quiet', '--json']);
  const imported = JSON.parse(result.stdout);
  if (imported.rows !== rows) throw new Error(`imported ${imported.rows} rows, expected ${rows}`);
  for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(ws + suffix, { force: true });
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const contestants = [
  ['libreoffice --convert-to csv', soffice ? libreofficeRun : null],
  ['ficha reader (rows only)', readerRun],
  ['ficha import (CLI, into SQLite)', canImport ? importRun : null],
  ['sheetjs dense read (reference)', sheetjsRun],
];
const results = new Map(contestants.map(([name]) => [name, []]));

console.log(
  `XLSX import: ${rows.toLocaleString('en-US')} rows x 10 columns, ${megabytes} MB, ${runs} runs each, in turn`,
);
if (!soffice)
  console.log('skipped: libreoffice not found (apt-get install libreoffice-calc-nogui)');
if (!canImport)
  console.log('skipped: full import (the ficha CLI is not built: npm run build:node)');
for (let run = 0; run < runs; run++) {
  for (const [name, contestant] of contestants) {
    if (!contestant) continue;
    try {
      results.get(name).push(contestant());
    } catch (error) {
      console.log(`${name}: failed: ${error.message.split('\n')[0]}`);
    }
  }
}

const base = results.get('libreoffice --convert-to csv');
const baseSeconds = base.length ? median(base.map((result) => result.seconds)) : null;
console.log('');
const baseCpu = base.length ? median(base.map((result) => result.cpu)) : null;
console.log(
  '| contestant | median wall (s) | wall ratio to LibreOffice | median CPU (s) | CPU ratio | peak RSS (MB) |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, measured] of results) {
  if (measured.length === 0) continue;
  const seconds = median(measured.map((result) => result.seconds));
  const rss = Math.max(...measured.map((result) => result.rssMb));
  const ratio = baseSeconds ? (seconds / baseSeconds).toFixed(2) : 'n/a';
  const cpu = median(measured.map((result) => result.cpu));
  const cpuRatio = baseCpu ? (cpu / baseCpu).toFixed(2) : 'n/a';
  console.log(
    `| ${name} | ${seconds.toFixed(2)} | ${ratio} | ${cpu.toFixed(2)} | ${cpuRatio} | ${rss.toFixed(0)} |`,
  );
}
console.log('');
console.log(
  `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`,
);
