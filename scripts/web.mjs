// `npm run web`: builds the interface and the Node faces, makes a sample
// workspace from the data the project generates (a workbook shaped like
// the institute's and a long CSV) in a temporary folder, and serves it with
// `ficha serve`, which prints the address with its token.
//   npm run web -- [--port N] [--read-only] [--open] [--rows N] [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};

if (!args.includes('--no-build')) {
  step('electron-vite build', [bin('electron-vite'), 'build']);
  step('node build', [path.join(root, 'scripts', 'build-node.mjs')]);
}

// The sample maker is engine code; bundle it like the CLI so this script can call it.
await build({
  entryPoints: [path.join(root, 'electron/engine/sample/create-sample-workspace.ts')],
  outfile: path.join(root, 'out/node/sample.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
const { createSampleWorkspace } = require(path.join(root, 'out/node/sample.cjs'));
const { main } = require(path.join(root, 'out/node/cli.cjs'));

const folder = mkdtempSync(path.join(os.tmpdir(), 'ficha-web-'));
const quiet = { info() {}, warn() {}, error: (message, error) => console.error(message, error) };
process.stderr.write('Ficha: creando el espacio de ejemplo / making the sample workspace…\n');
const sample = await createSampleWorkspace({
  folder,
  actor: { name: os.userInfo().username, email: '' },
  logger: quiet,
  csvRows: Number(option('rows') ?? 100_000),
});
process.stderr.write(`Ficha: ${sample.datasets.length} conjuntos en ${sample.workspacePath}\n`);

let interrupted = false;
process.once('SIGINT', () => (interrupted = true));
const serveArgs = ['serve', sample.workspacePath];
if (option('port')) serveArgs.push('--port', option('port'));
if (args.includes('--read-only')) serveArgs.push('--read-only');
if (args.includes('--open')) serveArgs.push('--open');
serveArgs.push('--allow-dir', folder);

const code = await main(serveArgs, { handleSignals: true });
rmSync(folder, { recursive: true, force: true });
process.exit(interrupted ? 0 : code);

function step(label, command) {
  process.stderr.write(`Ficha: ${label}…\n`);
  const result = spawnSync(process.execPath, command, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`Ficha: ${label} failed; see the messages above.\n`);
    process.exit(result.status ?? 1);
  }
}

function bin(name) {
  const pkg = JSON.parse(
    readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
  );
  const entry = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[name];
  return path.join(root, 'node_modules', name, entry);
}
