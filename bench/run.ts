/** `npm run bench`: runs every benchmark in turn and prints their figures. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BENCHES = ['start.ts', 'engine.ts', 'store.ts', 'import.ts', 'compute.ts'];

for (const name of BENCHES) {
  console.log(`\n== ${name.replace('.ts', '')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, name)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = 1;
}
