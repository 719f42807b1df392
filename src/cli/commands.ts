/** Each command: open what it needs, call the same functions the server uses, report. */
import type { CouncilSize } from '../demo/index.ts';
import { type Day, isoDay } from '../domain/index.ts';
import type { SourceFile } from '../ingest/index.ts';
import { createApp, startServer } from '../server/index.ts';
import {
  hasBenchmarks,
  importFiles,
  importSupplied,
  isEmpty,
  listLas,
  openStore,
  type Store,
} from '../store/index.ts';
import { loadShippedBenchmarks } from './benchmarks.ts';
import type { Config } from './config.ts';
import { endOfPreviousMonth, today } from './dates.ts';
import { loadDemo } from './demo.ts';
import { writeDemoFiles } from './demo-write.ts';
import { readSourceFiles } from './files.ts';
import { ProgressBar } from './progress.ts';
import { reportImport } from './report.ts';
import { UsageError } from './usage-error.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const progress = new ProgressBar(process.stderr);

async function open(config: Config): Promise<Store> {
  const where = config.databaseUrl ? 'the PostgreSQL server' : config.dataDir;
  log(`opening the database (${where})`);
  return openStore({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
}

/** `outturn serve`: loads the demo into an empty database, then serves until stopped. */
export async function runServe(config: Config): Promise<void> {
  const store = await open(config);
  if (await isEmpty(store.db)) {
    log('the database is empty: loading the demo council');
    reportImport(await demoNow(store, {}), log);
  }
  const server = await startServer(createApp({ db: store.db }), config.port);
  log(`Outturn is serving the dashboard at ${server.url}`);
  const loading = (await hasBenchmarks(store.db)) ? null : benchmarksInBackground(store);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await loading;
  await store.close();
}

/** With none loaded, the shipped DfE benchmarks load while the dashboard already serves. */
async function benchmarksInBackground(store: Store): Promise<void> {
  log('loading the DfE benchmarks shipped with Outturn (outturn benchmarks reloads them)');
  try {
    log(`loaded ${await loadShippedBenchmarks(store.db)} DfE benchmark figures`);
  } catch (error) {
    log(`the DfE benchmarks could not be loaded: ${(error as Error).message}`);
  }
}

interface DemoCommandOptions {
  asAt?: Day;
  seed?: number;
  size?: CouncilSize;
  years?: number;
  /** A folder to write the Annex A files to, instead of loading them. */
  write?: string;
}

/** `outturn demo`: regenerates and reloads the demo council, or writes its files to a folder. */
export async function runDemo(config: Config, o: DemoCommandOptions): Promise<number> {
  if (o.write !== undefined) {
    await writeDemoFiles(o.write, {
      asAt: o.asAt ?? endOfPreviousMonth(today()),
      size: o.size ?? 'demo',
      ...(o.seed === undefined ? {} : { seed: o.seed }),
      ...(o.years === undefined ? {} : { years: o.years }),
      log,
    });
    return 0;
  }
  const store = await open(config);
  try {
    return reportImport(await demoNow(store, o), log);
  } finally {
    await store.close();
  }
}

function demoNow(store: Store, o: DemoCommandOptions) {
  const asAt = o.asAt ?? endOfPreviousMonth(today());
  return loadDemo(store.db, {
    asAt,
    ...(o.seed === undefined ? {} : { seed: o.seed }),
    ...(o.size === undefined ? {} : { size: o.size }),
    ...(o.years === undefined ? {} : { years: o.years }),
    at: new Date().toISOString(),
    log,
    onProgress: progress.update,
  }).finally(() => progress.done());
}

interface ImportOptions {
  la?: string;
  laName?: string;
  asAt?: Day;
  from?: Day;
  user: string;
  supplied?: boolean;
  allowOverride?: boolean;
}

/** `outturn import`: all-or-nothing; exit 1 with every issue listed when the files have errors. */
export async function runImport(
  config: Config,
  paths: string[],
  o: ImportOptions,
): Promise<number> {
  const files = await readSourceFiles(paths);
  const store = await open(config);
  try {
    const la = await resolveLa(store, o);
    if (o.supplied) return reportImport(await suppliedNow(store, la, files, o), log);
    const result = await importFiles(store.db, {
      la,
      files,
      asAt: o.asAt ?? today(),
      ...(o.from === undefined ? {} : { from: o.from }),
      createdBy: o.user,
      at: new Date().toISOString(),
      onProgress: progress.update,
    }).finally(() => progress.done());
    const code = reportImport(result, log);
    if (result.ok && 'coverage' in result)
      log(`imported into ${la.name} (${la.code}); figures as at ${isoDay(result.coverage.asAt)}`);
    return code;
  } finally {
    await store.close();
  }
}

function suppliedNow(
  store: Store,
  la: { code: string; name: string },
  files: SourceFile[],
  o: ImportOptions,
) {
  return importSupplied(store.db, {
    la,
    files,
    createdBy: o.user,
    at: new Date().toISOString(),
    allowOverride: o.allowOverride === true,
  });
}

async function resolveLa(store: Store, o: ImportOptions): Promise<{ code: string; name: string }> {
  const known = await listLas(store.db);
  if (o.la === undefined) {
    const only = known.length === 1 ? known[0] : undefined;
    if (!only)
      throw new UsageError('say which council with --la <code> (and --la-name for a new one)');
    return only;
  }
  const existing = known.find((la) => la.code === o.la);
  if (existing) return o.laName ? { code: existing.code, name: o.laName } : existing;
  if (!o.laName) throw new UsageError(`council ${o.la} is new: give its name with --la-name`);
  return { code: o.la, name: o.laName };
}
