// `npm run bench`: builds the Node faces, then runs every benchmark under
// bench/ in turn. Benchmarks generate their own data under bench/.data/,
// print side-by-side ratios, and never fail on time.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((file) => /\.(mjs|ts)$/.test(file) && !file.startsWith('_'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

spawnSync('node', ['scripts/build-node.mjs'], { stdio: 'inherit' });

let failures = 0;
for (const file of benches) {
  console.log(`\n=== bench/${file}`);
  const runner = file.endsWith('.ts') ? ['--import', 'tsx', `bench/${file}`] : [`bench/${file}`];
  const result = spawnSync('node', ['--expose-gc', ...runner], { stdio: 'inherit' });
  if (result.status !== 0) failures += 1;
}
process.exitCode = failures ? 1 : 0;
