/**
 * Import throughput: the large council's Annex A CSVs (about two million records, generated once
 * and cached) imported with `importFiles` — read, merge, recompute — into a fresh PGlite folder
 * and into a fresh database on the PostgreSQL server, then the next month's extract of the same
 * council on top (nearly every row unchanged). Each store runs in its own process, so the peak
 * memory printed is that import's. Goal (issue 3): under a minute for the first import.
 *
 *   node --import tsx bench/import.ts
 *   OUTTURN_BENCH_DATABASE_URL=postgres://user@host:5432/admin_db  (default: postgres://postgres@127.0.0.1:5432/test)
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { RunResult } from './import-run.ts';
import { largeCouncilFiles } from './large-council.ts';

const SERVER = process.env.OUTTURN_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The first extract, and the next month's, of the same council (same financial year). */
const EXTRACTS = ['2026-02-28', '2026-03-31'];

const n = (x: number) => Math.round(x).toLocaleString('en-GB');
const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

async function serverReachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function print(label: string, r: RunResult): void {
  if (r.error) {
    console.log(`  ${label}: failed — ${r.error}`);
    return;
  }
  const changes = `${n(r.inserted)} new, ${n(r.updated)} changed, ${n(r.unchanged)} unchanged`;
  const server = r.serverCpu === null ? '' : ` + server ${r.serverCpu.toFixed(1)} s`;
  console.log(
    `  ${label}: ${n(r.records)} records (${changes}) in ${r.seconds.toFixed(1)} s = ${n(r.records / r.seconds)} records/s, CPU ${r.cpu.toFixed(1)} s${server}, peak RSS ${n(r.peakRssMb)} MB`,
  );
  const phases = r.phases.map(([p, s]) => `${p} ${s.toFixed(1)} s`);
  console.log(`    ${phases.join(' · ')} (files from disk ${r.disk.toFixed(1)} s before)`);
}

function runStore(name: string, target: string, extracts: readonly string[]): void {
  const script = path.join(import.meta.dirname, 'import-run.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, target, ...extracts], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const opened = lines[0] as { opened: number } | undefined;
  console.log(
    `${name} (opened and migrated in ${opened ? opened.opened.toFixed(1) : '?'} s; ${load()})`,
  );
  const labels = ['first import', "next month's extract"];
  for (const [i, r] of (lines.slice(1) as RunResult[]).entries()) {
    print(`${labels[i] ?? 'import'} to ${r.asAt}`, r);
  }
  if (run.status !== 0) {
    console.log(`  the run failed (exit ${run.status})`);
    process.exitCode = 1;
  }
}

const councils = [];
for (const asAt of EXTRACTS) councils.push({ asAt, ...(await largeCouncilFiles(asAt)) });
const [first] = councils;
if (first) {
  const made = councils.map((c) =>
    c.generatedIn === null ? 'cached' : `generated in ${c.generatedIn.toFixed(1)} s`,
  );
  console.log(
    `large council (Eastmarch, ten years): ${first.files} Annex A CSV files, ${n(first.bytes / 1e6)} MB (${made.join(', ')}) in ${path.dirname(first.folder)}`,
  );
}
const extracts = councils.map((c) => `${c.asAt}=${c.folder}`);
runStore('PGlite (fresh data folder)', 'pglite', extracts);
const unreachable = await serverReachable(SERVER);
if (unreachable) console.log(`PostgreSQL server: skipped, ${SERVER} not reached (${unreachable})`);
else runStore('PostgreSQL server (fresh database)', SERVER, extracts);
