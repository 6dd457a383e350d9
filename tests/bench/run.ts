/** `npm run bench`: every benchmark, one after the other, printing figures (nothing is asserted). */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const here = import.meta.dirname;
const benches = [
  ['capture (real Chromium)', resolve(here, 'capture.bench.ts')],
  ['engine (Node)', resolve(here, 'engine.bench.ts')],
  ['long call (real Chromium)', resolve(here, 'long-call.bench.ts')],
  ['worker memory by cause (Node)', resolve(here, 'worker-memory.bench.ts')],
] as const;

let failed = false;
for (const [name, file] of benches) {
  console.log(`\n##### ${name}`);
  const result = spawnSync('npx', ['tsx', '--expose-gc', file], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed = true;
    console.log(`(${name} benchmark failed with exit code ${result.status})`);
  }
}
process.exit(failed ? 1 : 0);
