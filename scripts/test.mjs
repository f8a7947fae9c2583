// The test command (`npm test`): lint and format, type check, unit and
// integration tests (vitest), then end-to-end tests in Chromium. Each runner
// reports its counts; the last line sums them as `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, options = {}) {
  process.stderr.write(`\n[test] ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  return result.status === 0;
}

function check(label, command, args) {
  const passed = run(label, command, args);
  totals[passed ? 'passed' : 'failed'] += 1;
  process.stderr.write(`[test] ${label}: ${passed ? 'ok' : 'FAILED'}\n`);
}

// Vitest writes a JSON report; its counts are what the summary adds up.
function vitest(label, config) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ficha-test-'));
  const report = path.join(dir, 'report.json');
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    totals.failed += 1;
    process.stderr.write(`[test] ${label}: no report written\n`);
    return;
  }
  const data = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += data.numPassedTests;
  totals.failed += data.numFailedTests;
  totals.skipped += data.numPendingTests + (data.numTodoTests ?? 0);
  // A suite that fails to load counts no test; count it as a failure.
  if (!ok && data.numFailedTests === 0) totals.failed += 1;
  rmSync(dir, { recursive: true, force: true });
}

const npx = 'npx';
check('lint', npx, ['eslint', '.']);
check('format', npx, [
  'prettier',
  '--check',
  '{electron,shared,renderer,tests,bench,scripts}/**/*.{ts,tsx,mjs}',
]);
check('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('build', 'node', ['scripts/build-node.mjs']);
vitest('unit and integration', 'vitest.config.mts');
if (existsSync('vitest.e2e.config.ts') && process.env.FICHA_SKIP_E2E !== '1') {
  check('renderer build', npx, ['electron-vite', 'build']);
  vitest('end to end', 'vitest.e2e.config.ts');
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
