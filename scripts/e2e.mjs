// `npm run test:e2e`: builds the renderer and the Node faces, then runs the
// end-to-end tests (tests/e2e, Debian's Chromium against `ficha serve`) and
// prints their counts as `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function step(label, command, args) {
  process.stderr.write(`[e2e] ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`[e2e] ${label} failed; no test was run\n`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// The desktop build writes the renderer to out/renderer, which `ficha serve` serves.
step('renderer build', 'npx', ['electron-vite', 'build']);
step('node build', 'node', ['scripts/build-node.mjs']);

const dir = mkdtempSync(path.join(tmpdir(), 'ficha-e2e-report-'));
const report = path.join(dir, 'report.json');
const only = process.argv.slice(2);
const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...only,
  ],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = result.status === 0 ? 0 : 1;
let skipped = 0;
if (existsSync(report)) {
  const data = JSON.parse(readFileSync(report, 'utf8'));
  passed = data.numPassedTests;
  skipped = data.numPendingTests + (data.numTodoTests ?? 0);
  // A suite that fails to load counts no test; count it as one failure.
  failed = data.numFailedTests || failed;
}
rmSync(dir, { recursive: true, force: true });

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
