/** `outturn benchmarks [folder]`: loads the DfE published figures, population and neighbours. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeIssue, hasErrors, type Issue } from '../domain/index.ts';
import { readDfeBenchmarks, type SourceFile } from '../ingest/index.ts';
import { type Database, openStore, replaceBenchmarks } from '../store/index.ts';
import type { Config } from './config.ts';
import { SHIPPED_DFE_DIR } from './shipped-data.ts';
import { UsageError } from './usage-error.ts';

/** The copy shipped with Outturn, found from this file, whatever the working folder. */

const DFE_FILE = /\.csv(\.gz)?$/i;
const MAX_SHOWN = 50;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function readFolder(folder: string): Promise<SourceFile[]> {
  const info = await stat(folder).catch(() => null);
  if (info === null) throw new UsageError(`no such file or folder: ${folder}`);
  const paths = info.isDirectory()
    ? (await readdir(folder))
        .filter((n) => DFE_FILE.test(n))
        .sort()
        .map((n) => path.join(folder, n))
    : [folder];
  if (paths.length === 0) throw new UsageError(`no .csv or .csv.gz files in ${folder}`);
  return Promise.all(
    paths.map(async (p) => ({ name: path.basename(p), bytes: new Uint8Array(await readFile(p)) })),
  );
}

function printIssues(issues: readonly Issue[]): void {
  for (const issue of issues.slice(0, MAX_SHOWN)) log(`  ${describeIssue(issue)}`);
  if (issues.length > MAX_SHOWN) log(`  … and ${issues.length - MAX_SHOWN} more`);
}

/**
 * Loads the DfE reference set shipped with Outturn into a database that has none (the first
 * start); recomputes nothing. Returns the number of benchmark figures loaded.
 */
export async function loadShippedBenchmarks(db: Database): Promise<number> {
  const data = readDfeBenchmarks(await readFolder(SHIPPED_DFE_DIR));
  if (hasErrors(data.issues))
    throw new Error('the DfE files shipped with Outturn could not be read');
  return (await replaceBenchmarks(db, data)).benchmarks;
}

/**
 * Reads every DfE file in `folder` (default: the shipped copy) and replaces the reference set in
 * one transaction. Exit code 1, with the issues listed and the database unchanged, when any
 * file cannot be read.
 */
export async function runBenchmarks(config: Config, folder?: string): Promise<number> {
  const from = folder ?? SHIPPED_DFE_DIR;
  const data = readDfeBenchmarks(await readFolder(from));
  if (hasErrors(data.issues)) {
    log(
      `benchmarks rejected: the files in ${from} could not all be read; the database is unchanged`,
    );
    printIssues(data.issues);
    return 1;
  }
  for (const file of data.files) log(`  ${file.name}: ${file.rows} ${file.kind} rows`);
  printIssues(data.issues);
  log(`opening the database (${config.databaseUrl ? 'the PostgreSQL server' : config.dataDir})`);
  const store = await openStore({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  try {
    const counts = await replaceBenchmarks(store.db, data);
    log(
      `loaded ${counts.benchmarks} benchmark figures, ${counts.population} population estimates, ` +
        `${counts.neighbours} statistical neighbours and ${counts.councils} councils`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
