#!/usr/bin/env node
// Entry point of the `ficha` command: runs the CLI built into out/node.
const { existsSync } = require('node:fs');
const path = require('node:path');

const built = path.join(__dirname, '..', 'out', 'node', 'cli.cjs');
if (!existsSync(built)) {
  process.stderr.write('ficha: the command is not built yet; run `npm run build:node` first.\n');
  process.exit(2);
}
require(built).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
