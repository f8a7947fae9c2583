// `npm start`: builds the desktop app when its sources are newer than the
// build, then runs it with the Electron binary. Where that binary is not
// installed (it is downloaded on first use, which fails offline), says so
// in one message and points to the web host instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// Electron 42 and later download their binary on first use: try that once,
// quietly, before deciding the runtime is not to be had on this machine.
const electron = electronBinary() ?? (downloadElectron() ? electronBinary() : null);
if (!electron) {
  process.stderr.write(
    'Ficha: falta el programa Electron en esta máquina (no se pudo descargar), así que la app de ' +
      'escritorio no puede abrirse. Use la versión web: npm run web\n' +
      'Ficha: the Electron runtime is missing on this machine (it could not be downloaded), so the ' +
      'desktop app cannot start. Use the web version instead: npm run web\n',
  );
  if (
    process.stdin.isTTY &&
    (await confirm('¿Abrir la versión web ahora? / Start it now? [s/N] '))
  ) {
    const web = spawnSync(process.execPath, [path.join(root, 'scripts', 'web.mjs')], {
      stdio: 'inherit',
    });
    process.exit(web.status ?? 1);
  }
  process.exit(1);
}

if (args.includes('--build') || isStale()) {
  process.stderr.write('Ficha: building the desktop app (electron-vite build)…\n');
  const built = spawnSync(process.execPath, [bin('electron-vite'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const child = spawn(electron, ['.', ...args.filter((arg) => arg !== '--build')], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));

async function confirm(question) {
  const { createInterface } = await import('node:readline/promises');
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await prompt.question(question);
  prompt.close();
  return /^(s|si|sí|y|yes)$/i.test(answer.trim());
}

/** Runs the electron package's own installer, which downloads the binary; false when it fails. */
function downloadElectron() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  process.stderr.write('Ficha: descargando Electron / downloading Electron…\n');
  const result = spawnSync(process.execPath, [installer], {
    cwd: path.dirname(installer),
    stdio: ['ignore', 'ignore', 'ignore'],
    timeout: 10 * 60 * 1000,
  });
  return result.status === 0;
}

/** The Electron executable, found without `require('electron')`, which would try to download it. */
function electronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;

  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(dist, relative);
  return existsSync(binary) ? binary : null;
}

/** Whether any source file is newer than the built main process. */
function isStale() {
  const built = path.join(root, 'out', 'main', 'index.js');
  const rendererBuilt = path.join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(built) || !existsSync(rendererBuilt)) return true;
  const builtAt = statSync(built).mtimeMs;
  return ['electron', 'shared', 'renderer', 'resources'].some((dir) =>
    newerThan(path.join(root, dir), builtAt),
  );
}

function newerThan(dir, time) {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() ? newerThan(full, time) : statSync(full).mtimeMs > time) return true;
  }
  return false;
}

function bin(name) {
  const pkg = JSON.parse(
    readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
  );
  const entry = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[name];
  return path.join(root, 'node_modules', name, entry);
}
