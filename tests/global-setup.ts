import { execFileSync } from 'node:child_process';

/**
 * Builds the Node faces (the `ficha` command, the engine worker) once
 * before any test, so that CLI tests run the built command as users do. A
 * failed build is reported but does not stop the other tests: the CLI tests
 * then fail on their own, saying the command is not built.
 */
export default function setup(): void {
  try {
    execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
  } catch {
    process.stderr.write('[tests] the ficha command could not be built; CLI tests will fail\n');
  }
}
