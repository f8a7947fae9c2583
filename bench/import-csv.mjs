// CSV import against the sqlite3 shell's `.import`, side by side in one run:
// a generated 1,000,000-row, 10-column inventory-shaped CSV (about 110 MB)
// imported by `ficha import` (the built CLI, a fresh workspace each run) and
// by `sqlite3 new.db ".import --csv"`. Prints the ratio of median wall times
// (target at most 1.5) and Ficha's peak RSS (target under 500 MB), both
// measured with /usr/bin/time -v, and the ratio of CPU times (user + system),
// which holds better than wall time on a loaded machine. Never fails on time.
// Ficha runs twice per round: as shipped (a file this large is read in two
// threads; CPU is the sum of both) and with FICHA_IMPORT_THREADS=1 (one thread).
// Usage: node bench/import-csv.mjs [ROWS] (FICHA_BENCH_RUNS=3 for more runs)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateInventoryCsv } from './_inventory-csv.mjs';

const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.env.FICHA_BENCH_RUNS ?? 2);
const dataDir = path.resolve('bench/.data');
const csv = path.join(dataDir, `inventory-${rows}.csv`);
const sqlite = '/usr/bin/sqlite3';

mkdirSync(dataDir, { recursive: true });
if (!existsSync(csv)) {
  console.log(`generating ${rows.toLocaleString('en-US')} rows into ${csv}`);
  await generateInventoryCsv(csv, rows);
}
if (!existsSync('out/node/cli.cjs'))
  spawnSync('node', ['scripts/build-node.mjs'], { stdio: 'inherit' });

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS in MB. */
function timed(command, args, env = process.env) {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const cpu = Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN);
  return { seconds, cpu, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: run.stdout };
}

function sqliteRun() {
  const db = path.join(dataDir, 'sqlite-import.db');
  rmSync(db, { force: true });
  const result = timed(sqlite, [db, '.import --csv ' + csv + ' inventory']);
  rmSync(db, { force: true });
  return result;
}

function fichaRun(threads) {
  const ws = path.join(dataDir, 'bench-import.ficha');
  for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(ws + suffix, { force: true });
  spawnSync('node', ['bin/ficha.js', 'init', ws, '--quiet'], { stdio: 'inherit' });
  const env = threads === 1 ? { ...process.env, FICHA_IMPORT_THREADS: '1' } : process.env;
  const result = timed('node', ['bin/ficha.js', 'import', ws, csv, '--quiet', '--json'], env);
  const imported = JSON.parse(result.stdout);
  if (imported.rows !== rows) throw new Error(`ficha imported ${imported.rows} rows, not ${rows}`);
  for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(ws + suffix, { force: true });
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const contestants = { sqlite: [], ficha: [], single: [] };
for (let run = 0; run < runs; run++) {
  const round = { sqlite: sqliteRun(), ficha: fichaRun(2), single: fichaRun(1) };
  for (const [name, result] of Object.entries(round)) contestants[name].push(result);
  const line = (r) =>
    `${r.seconds.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU (${r.rssMb.toFixed(0)} MB)`;
  console.log(
    `run ${run + 1}: sqlite3 .import ${line(round.sqlite)}; ficha import ${line(round.ficha)}; ` +
      `one thread ${line(round.single)}`,
  );
}

const size = statSync(csv).size / 1e6;
const base = contestants.sqlite;
const ratios = (results) =>
  `${(median(results.map((r) => r.seconds)) / median(base.map((r) => r.seconds))).toFixed(2)} wall, ` +
  `${(median(results.map((r) => r.cpu)) / median(base.map((r) => r.cpu))).toFixed(2)} CPU, ` +
  `peak RSS ${Math.max(...results.map((r) => r.rssMb)).toFixed(0)} MB`;
console.log(
  `CSV import, ${rows.toLocaleString('en-US')} rows x 10 (${size.toFixed(0)} MB), ficha/sqlite3 ` +
    `(target <= 1.5, RSS < 500 MB): two threads ${ratios(contestants.ficha)}; ` +
    `one thread ${ratios(contestants.single)}`,
);
