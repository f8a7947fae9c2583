#!/usr/bin/env node
// Entry point of the `ficha` command: runs the CLI built into out/node.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { followParent, respawn } = require('./respawn');

const built = path.join(__dirname, '..', 'out', 'node', 'cli.cjs');
if (!existsSync(built)) {
  process.stderr.write('ficha: the command is not built yet; run `npm run build:node` first.\n');
  process.exit(2);
}

// Commands that stream a whole file through JavaScript make millions of
// short-lived cells and rows. With Node's default young generation (16 MB
// semi-spaces) the collector promotes and rescans many of them; 32 MB took
// a tenth off a 1,000,000-row CSV import (bench/RESULTS.md). Node reads
// that size only at start, so these commands run in a child started with
// it. FICHA_ONE_PROCESS=1 keeps them in this process.
const streaming = new Set(['import', 'update']);
const youngGeneration = '--max-semi-space-size=32';
const command = process.argv[2];
if (
  streaming.has(command) &&
  !process.execArgv.includes(youngGeneration) &&
  process.env.FICHA_ONE_PROCESS !== '1'
) {
  respawn([youngGeneration], __filename, process.argv.slice(2));
} else {
  followParent();
  require(built)
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
}
