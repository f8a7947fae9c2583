// A ten-step recipe on a 1,000,000-row, 10-column table, against the same
// ten steps written by hand as SQL and run by the sqlite3 shell on a copy
// of the same table, in one transaction each. Then the undo of one step.
// Target: the recipe at most 2x the shell; undo under a second.
// Run with `node bench/recipe.mjs [rows]`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
      export { getDataset } from './electron/engine/datasets/catalog';
      export { applySteps } from './electron/engine/recipes/apply-steps';
      export { undoSteps, redoSteps } from './electron/engine/recipes/history';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: join(dir, 'recipe-engine.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});
const engine = createRequire(import.meta.url)(join(process.cwd(), dir, 'recipe-engine.cjs'));

// The table: codes, names with stray spaces and accents, decimal-comma text, markers, gaps.
const file = join(dir, 'recipe.ficha');
const copy = join(dir, 'recipe-shell.sqlite');
for (const f of [file, copy])
  for (const s of ['', '-wal', '-shm', '.lock']) rmSync(f + s, { force: true });
const ws = engine.createWorkspace(file);
const names = ['  Álamos ', 'Ébano', ' Mérida', 'Oaxaca de Juárez ', 'León', 'Uruapan', 'Tlaxcala'];
const states = ['Michoacán', 'Edo. de México', 'Yucatán', 'Jalisco', 'CDMX'];
const columns = [
  'clave',
  'sector',
  'municipio',
  'estado',
  'poblacion',
  'superficie',
  'tasa',
  'anio',
  'nota',
  'extra',
];
const types = [
  'text',
  'text',
  'text',
  'text',
  'integer',
  'text',
  'text',
  'integer',
  'text',
  'text',
];
const writer = engine.beginDatasetWrite(ws, {
  columns: columns.map((name, i) => ({ name, label: name, type: types[i] })),
});
let batch = [];
for (let i = 0; i < rows; i++) {
  batch.push([
    i % 1000 === 999 ? null : String(i).padStart(7, '0'),
    i % 50 === 0 ? `Sector ${i % 7}` : null,
    names[i % names.length],
    states[i % states.length],
    (i * 7919) % 100000,
    i % 97 === 0 ? 'ND' : `${i % 1000},${i % 100}`,
    `${(i % 10000) / 100}`.replace('.', ','),
    1990 + (i % 30),
    i % 13 === 0 ? 'revisar' : null,
    'x',
  ]);
  if (batch.length === 10_000) {
    writer.insertRows(batch);
    batch = [];
  }
}
if (batch.length) writer.insertRows(batch);
writer.commit({
  name: 'bench',
  columns: columns.map((name, i) => ({
    name,
    label: name,
    type: types[i],
    position: i,
    mismatches: 0,
  })),
});
const table = engine.getDataset(ws, 'bench').tableName;
ws.db.exec(`VACUUM INTO '${copy}'`);

const steps = [
  { op: 'trim', column: 'municipio' },
  { op: 'change-case', column: 'estado', case: 'upper' },
  { op: 'replace', column: 'tasa', find: ',', replace: '.' },
  { op: 'to-number', column: 'tasa', decimal: '.' },
  { op: 'remove-rows', where: { column: 'clave', empty: true } },
  { op: 'rename-column', column: 'poblacion', to: 'pob' },
  { op: 'fill-down', column: 'sector' },
  { op: 'delete-columns', columns: ['extra'] },
  {
    op: 'map-values',
    column: 'estado',
    map: { 'EDO. DE MÉXICO': 'MÉXICO', CDMX: 'CIUDAD DE MÉXICO' },
  },
  { op: 'to-number', column: 'superficie', decimal: ',', onInvalid: 'empty' },
];

// The same steps by hand in SQL (ASCII upper() and a plain CAST are all the shell has).
const t = `"${table}"`;
const shellSql = `
BEGIN;
UPDATE ${t} SET municipio = trim(municipio);
UPDATE ${t} SET estado = upper(estado);
UPDATE ${t} SET tasa = replace(tasa, ',', '.');
UPDATE ${t} SET tasa = CAST(tasa AS REAL) WHERE tasa GLOB '[0-9]*';
DELETE FROM ${t} WHERE clave IS NULL OR trim(clave) = '';
ALTER TABLE ${t} RENAME COLUMN poblacion TO pob;
UPDATE ${t} SET sector = (SELECT s.sector FROM ${t} s WHERE s.rowid < ${t}.rowid AND s.sector IS NOT NULL ORDER BY s.rowid DESC LIMIT 1) WHERE sector IS NULL;
ALTER TABLE ${t} DROP COLUMN extra;
UPDATE ${t} SET estado = CASE estado WHEN 'EDO. DE MéXICO' THEN 'MéXICO' WHEN 'CDMX' THEN 'CIUDAD DE MéXICO' ELSE estado END;
UPDATE ${t} SET superficie = CAST(replace(superficie, ',', '.') AS REAL) WHERE superficie GLOB '[0-9]*';
COMMIT;
`;

// Wall time moves with the machine's load, so CPU time (user + system) is measured too.
function time(fn) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

function seconds(text) {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : 0;
}

// The shell runs under bash so that `times` reports the CPU its child used.
const sqlFile = join(dir, 'recipe-shell.sql');
writeFileSync(sqlFile, shellSql);
const shell = time(() =>
  spawnSync('bash', ['-c', `/usr/bin/sqlite3 '${copy}' < '${sqlFile}' && times`], {
    encoding: 'utf8',
  }),
);
if (shell.value.status !== 0) throw new Error(shell.value.stderr);
const children = shell.value.stdout.trim().split('\n').at(-1).split(/\s+/).map(seconds);
shell.cpuMs = (children[0] + children[1]) * 1000;
const recipe = time(() => engine.applySteps(ws, 'bench', steps));
const undo = time(() => engine.undoSteps(ws, 'bench', 1));
const redo = time(() => engine.redoSteps(ws, 'bench', 1));
const back = time(() => engine.undoSteps(ws, 'bench', 10));

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `rows: ${rows.toLocaleString('en-US')}, result rows: ${recipe.value.rows.toLocaleString('en-US')}`,
);
console.log(`sqlite3 shell, 10 statements by hand: ${s(shell.ms)} wall, ${s(shell.cpuMs)} CPU`);
console.log(`ficha recipe, 10 steps:               ${s(recipe.ms)} wall, ${s(recipe.cpuMs)} CPU`);
console.log(
  `ratio (target <= 2):                  ${(recipe.ms / shell.ms).toFixed(2)} wall, ` +
    `${(recipe.cpuMs / shell.cpuMs).toFixed(2)} CPU`,
);
console.log(`undo one step:                        ${undo.ms.toFixed(1)} ms (target < 1000)`);
console.log(`redo one step:                        ${redo.ms.toFixed(1)} ms`);
console.log(`back to the original (10 steps):      ${back.ms.toFixed(1)} ms`);
ws.close();
