#!/usr/bin/env node
// The `outturn` command: src/cli/main.ts, run from a bundle built on the first run after a change
// to the sources (load-main.js).
import { loadMain } from './load-main.js';

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
