// `outturn` as bin/outturn.js runs it (from the CLI's bundle), then its peak memory: with
// OUTTURN_BENCH_RSS set to a file path, writes `{ "maxRssKb": n }` there on exit
// (process.resourceUsage().maxRSS).
// Run: node bench/measured-cli.js compute <folder> --as-at <date> ...
import { writeFileSync } from 'node:fs';
import { loadMain } from '../bin/load-main.js';

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
const report = process.env.OUTTURN_BENCH_RSS;
if (report) writeFileSync(report, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
