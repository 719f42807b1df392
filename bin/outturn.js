#!/usr/bin/env node
// The `outturn` command: src/cli/main.ts, run from a bundle built on the first run after a change
// to the sources (load-main.js).
import { loadMain } from './load-main.js';

// What reads the output stopped early (`outturn compute … | head`): stop quietly, as Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

const main = await loadMain().catch((error) => {
  process.stderr.write(`outturn: ${error.message}\n`);
  process.exit(1);
});
process.exitCode = await main(process.argv.slice(2));
