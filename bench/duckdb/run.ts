/**
 * The DuckDB oracle in a process of its own, so its memory is measured alone: loads the Annex A
 * CSVs of a folder once, runs the SQL `runs` times, and writes the timings (the query's best),
 * its peak memory and the points as JSON to `out`.
 * Run: node --import tsx bench/duckdb/run.ts <folder> <from> <as-at> <out.json> [runs]
 */
import { writeFileSync } from 'node:fs';
import { parseIsoDay } from '../../src/domain/index.ts';
import { runOracle } from './oracle.ts';

const [folder, fromText, asAtText, out, runsText] = process.argv.slice(2);
const from = parseIsoDay(fromText ?? '');
const asAt = parseIsoDay(asAtText ?? '');
if (!folder || !out || from === null || asAt === null) {
  console.error('usage: run.ts <folder> <from yyyy-mm-dd> <as-at yyyy-mm-dd> <out.json> [runs]');
  process.exit(2);
}
const result = await runOracle(folder, { from, asAt, queryRuns: Number(runsText ?? '1') });
const maxRssKb = process.resourceUsage().maxRSS;
writeFileSync(out, JSON.stringify({ ...result, maxRssKb }));
