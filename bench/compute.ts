/**
 * `outturn compute` on the large council's Annex A CSVs (ten years, about two million records)
 * against DuckDB running the same indicators as SQL (bench/duckdb) over the same files:
 * - the whole CLI in a child process: wall time, peak memory, records per second, its steps;
 * - the engine alone, records already in memory: every child-level id, every window, best of 10
 *   (with the reader's child keys and contact columns, and over records without them);
 * - DuckDB in a child process: loading the CSVs, the SQL (best of 3), peak memory;
 * - the ratios (the whole command's as the median of PAIRS runs of each, one after the
 *   other), and whether the engine and the SQL agree on every point.
 * Run: node --import tsx bench/compute.ts [as-at yyyy-mm-dd] [folder of Annex A CSVs]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  addYears,
  contactRecords,
  type Day,
  financialYearStart,
  isoDay,
  parseIsoDay,
  RECORD_LISTS,
  type RecordSet,
} from '../src/domain/index.ts';
import { computeSeries } from '../src/engine/index.ts';
import { type ReadResult, readCaseFiles } from '../src/ingest/index.ts';
import { compareWithOracle, describeAgreement } from './duckdb/compare.ts';
import type { OracleRun } from './duckdb/oracle.ts';
import { largeCouncilFiles } from './large-council.ts';

const HERE = import.meta.dirname;
const AS_AT_TEXT = process.argv[2] ?? '2026-03-31';
const AS_AT = parseIsoDay(AS_AT_TEXT) ?? Number.NaN;
/** The large council's ten financial years: 1 April nine years before the as-at year's. */
const FROM: Day = financialYearStart(addYears(AS_AT, -9));
const ENGINE_RUNS = 10;
const DUCKDB_RUNS = 3;
/** Runs of `outturn compute` and DuckDB, one after the other, for the ratio: a shared machine's speed wanders. */
const PAIRS = 5;

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const work = mkdtempSync(path.join(tmpdir(), 'outturn-bench-compute-'));

/** The records read, contacts kept as columns included. */
function countRecords({ records, contactColumns }: ReadResult): number {
  const objects = RECORD_LISTS.reduce((sum, list) => sum + records[list].length, 0);
  return objects + (contactColumns?.date.length ?? 0);
}

/**
 * `outturn compute <folder> --format json --timings` in a child process (reading on the threads
 * it chooses, or on those `extra` says): wall time, peak memory and its steps' times.
 */
function runCli(
  folder: string,
  extra: string[] = [],
): { ms: number; maxRssKb: number; timings: string } {
  const rss = path.join(work, 'cli-rss.json');
  const out = openSync(path.join(work, 'compute.json'), 'w');
  const args = ['compute', folder, '--as-at', isoDay(AS_AT), '--from', isoDay(FROM), '--timings'];
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(HERE, 'measured-cli.js'), ...args, ...extra, '--format', 'json'],
    { stdio: ['ignore', out, 'pipe'], env: { ...process.env, OUTTURN_BENCH_RSS: rss } },
  );
  const ms = performance.now() - started;
  closeSync(out);
  const stderr = run.stderr.toString();
  const timings = /^timings: (.*)$/m.exec(stderr)?.[1] ?? '';
  process.stderr.write(stderr.replace(/^timings: .*\n/m, ''));
  if (run.status !== 0) throw new Error(`outturn compute failed (exit ${run.status})`);
  return { ms, maxRssKb: JSON.parse(readFileSync(rss, 'utf8')).maxRssKb, timings };
}

/** The DuckDB oracle in a child process (bench/duckdb/run.ts). */
function runDuckDb(folder: string): OracleRun & { maxRssKb: number } {
  const out = path.join(work, 'duckdb.json');
  const args = [folder, isoDay(FROM), isoDay(AS_AT), out, String(DUCKDB_RUNS)];
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(HERE, 'duckdb', 'run.ts'), ...args],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`the DuckDB run failed (exit ${run.status})`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

async function readRecords(folder: string): Promise<{ read: ReadResult; ms: number }> {
  const files = readdirSync(folder)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) }));
  const started = performance.now();
  const read = await readCaseFiles(files, { asColumns: true }); // as outturn compute reads
  return { read, ms: performance.now() - started };
}

/** Best wall and user CPU time of `ENGINE_RUNS` computations over `of()`, with the reader's keys. */
function bestOf(of: () => RecordSet, keys: Pick<ReadResult, 'childKeys' | 'contactColumns'> = {}) {
  let [best, bestCpu] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let run = 0; run < ENGINE_RUNS; run++) {
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    computeSeries(of(), { coverage: { from: FROM, asAt: AS_AT }, ...keys });
    best = Math.min(best, performance.now() - started);
    bestCpu = Math.min(bestCpu, process.cpuUsage(cpu).user / 1000);
  }
  return { best, bestCpu };
}

/**
 * computeSeries for every child-level id and window, after one run to compile the code (its
 * series are compared with DuckDB's): best of 10 over a record set new to the engine (a new
 * object over the same lists: it builds the columns), with the reader's child keys and contact
 * columns as `outturn compute` has them, and over the same records as objects without keys (as
 * records from the database come); and best of 10 over the same record set again (its columns
 * kept: engine record-columns.ts).
 */
function engineAlone({ records, childKeys, contactColumns }: ReadResult) {
  const keys = { ...(childKeys && { childKeys }), ...(contactColumns && { contactColumns }) };
  const contacts = contactColumns ? contactRecords(contactColumns, records.children) : [];
  const asObjects = contactColumns ? { ...records, contacts } : records;
  const series = computeSeries(records, { coverage: { from: FROM, asAt: AS_AT }, ...keys });
  return {
    fresh: bestOf(() => ({ ...records }), keys),
    unkeyed: bestOf(() => ({ ...asObjects })),
    again: bestOf(() => records, keys),
    series,
  };
}

try {
  const folder = process.argv[3] ?? (await largeCouncilFiles(AS_AT_TEXT)).folder;
  const load = loadavg()[0]?.toFixed(1);
  console.log(`council: ${folder}, ${isoDay(FROM)} to ${isoDay(AS_AT)} (load average ${load})`);
  const cli = runCli(folder);
  const oneThread = runCli(folder, ['--threads', '1']);
  const { read, ms: readMs } = await readRecords(folder);
  const total = countRecords(read);
  const { fresh, unkeyed, again, series } = engineAlone(read);
  const { best, bestCpu } = fresh;
  const points = series.reduce((sum, x) => sum + x.points.length, 0);
  const duck = runDuckDb(folder);
  const perSecond = Math.round(total / (cli.ms / 1000)).toLocaleString('en-GB');
  console.log(
    `outturn compute (CSV files to JSON, child process): ${s(cli.ms)} wall, peak ${mb(cli.maxRssKb)}, ` +
      `${total.toLocaleString('en-GB')} records, ${perSecond} records/s\n  its steps: ${cli.timings}`,
  );
  console.log(
    `  reading on one thread (--threads 1): ${s(oneThread.ms)} wall, peak ${mb(oneThread.maxRssKb)}; ` +
      `reading the files in process here: ${s(readMs)}\n  its steps: ${oneThread.timings}`,
  );
  console.log(
    `engine alone (computeSeries, ${series.length} ids, ${points} points, best of ${ENGINE_RUNS}): ` +
      `records new to it ${s(best)} wall, ${s(bestCpu)} user CPU; ` +
      `without the reader's child keys ${s(unkeyed.best)} wall, ${s(unkeyed.bestCpu)} user CPU; ` +
      `the same records again ${s(again.best)} wall, ${s(again.bestCpu)} user CPU`,
  );
  console.log(
    `DuckDB (${DUCKDB_RUNS} query runs, child process): load CSVs ${s(duck.loadMs)}, SQL ${s(duck.queryMs)} ` +
      `(best), total ${s(duck.loadMs + duck.queryMs)}, peak ${mb(duck.maxRssKb)}`,
  );
  const engineRatio = best / duck.queryMs;
  const pairs = [{ cli, duck }];
  while (pairs.length < PAIRS) pairs.push({ cli: runCli(folder), duck: runDuckDb(folder) });
  const ratios = pairs.map((pair) => pair.cli.ms / (pair.duck.loadMs + pair.duck.queryMs));
  const wholeRatio = [...ratios].sort((a, b) => a - b)[Math.floor(PAIRS / 2)]!;
  console.log(
    `engine alone / DuckDB SQL: ${engineRatio.toFixed(3)} (goal <= 0.25); engine alone ${s(best)} (goal < 0.5 s); ` +
      `the same records again: ${(again.best / duck.queryMs).toFixed(3)}, ${s(again.best)}`,
  );
  const each = pairs.map(
    ({ cli, duck }, i) =>
      `${s(cli.ms)} / ${s(duck.loadMs + duck.queryMs)} = ${ratios[i]!.toFixed(2)}`,
  );
  console.log(`${PAIRS} pairs of runs, each outturn compute then DuckDB: ${each.join('; ')}`);
  console.log(
    `outturn compute / (DuckDB load + SQL), median of ${PAIRS}: ${wholeRatio.toFixed(2)} (goal <= 1.0); ` +
      `peak ${mb(cli.maxRssKb)} (goal < 1536 MB)`,
  );
  for (const line of describeAgreement(compareWithOracle(series, duck.points))) console.log(line);
} finally {
  rmSync(work, { recursive: true, force: true });
}
