/**
 * `outturn` as bin/outturn.js runs it, then its peak memory: with OUTTURN_BENCH_RSS set to a
 * file path, writes `{ "maxRssKb": n }` there on exit (process.resourceUsage().maxRSS).
 * Run: node --import tsx bench/measured-cli.ts compute <folder> --as-at <date> ...
 */
import { writeFileSync } from 'node:fs';
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
const report = process.env.OUTTURN_BENCH_RSS;
if (report) writeFileSync(report, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
