/**
 * The DuckDB oracle: the catalogue's child-level indicators written as SQL from indicators.md,
 * over the same Annex A CSVs the engine reads. Two uses: an independent check of the engine
 * (every point both compute must agree) and the speed the engine is measured against.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { type Day, isoDay, WINDOW_KINDS, windowsFor } from '../../src/domain/index.ts';
import { calendarSql, framesSql, type OracleWindow, RECORD_FACTS } from './derive.ts';
import {
  ASSESSMENT_MEDIAN,
  CARE_FLOWS,
  FLOW_EVENTS,
  flowPointsSql,
  flowTallySql,
  MEDIAN_TABLES,
  REFERRAL_RATE,
} from './flows.ts';
import { oracleBankHolidays } from './holidays.ts';
import { loadAnnexA } from './load.ts';
import { OPEN_TABLES, SNAPSHOT_IDS, snapshotPointsSql } from './snapshots.ts';

export interface OracleOptions {
  /** First day the data covers and its as-at date. */
  from: Day;
  asAt: Day;
  /** Mid-year estimates of children aged 0-17 (mid-2024 = 2024); rates are null without. */
  population?: readonly { year: number; count: number }[];
  /** DuckDB threads; DuckDB's default (every core) when absent. */
  threads?: number;
  /** Times to run the SQL after one load; `queryMs` is the best. Default 1. */
  queryRuns?: number;
}

/** One point as the oracle computes it. */
export interface OraclePoint {
  id: string;
  kind: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface OracleRun {
  /** CSV files to typed, merged tables. */
  loadMs: number;
  /** Every id, every window, from the loaded tables (the best of `queryRuns`). */
  queryMs: number;
  points: OraclePoint[];
}

/** Every id the oracle computes. */
export const ORACLE_IDS: readonly string[] = [
  ...Object.keys(FLOW_EVENTS),
  'referral_rate_per_10k',
  'assessment_median_wd',
  'cla_starts',
  'cla_ceased',
  ...SNAPSHOT_IDS,
];

/** The windows the engine evaluates, as their covered days (windowsFor, in domain). */
export function oracleWindows(from: Day, asAt: Day): OracleWindow[] {
  return windowsFor({ from, asAt }, WINDOW_KINDS).map((w) => ({
    kind: w.kind,
    period: w.period,
    start: isoDay(w.coveredStart),
    end: isoDay(w.coveredEnd),
  }));
}

function querySql(options: OracleOptions): { setup: string; select: string } {
  const windows = oracleWindows(options.from, options.asAt);
  const setup = [
    calendarSql(oracleBankHolidays(1980, 2060)),
    framesSql(windows, options.population ?? []),
    RECORD_FACTS,
    flowTallySql(Object.keys(FLOW_EVENTS)),
    MEDIAN_TABLES,
    OPEN_TABLES,
  ].join('\n');
  const select = [
    flowPointsSql(Object.keys(FLOW_EVENTS)),
    REFERRAL_RATE,
    ASSESSMENT_MEDIAN,
    CARE_FLOWS,
    snapshotPointsSql(isoDay(options.asAt)),
  ].join('\nUNION ALL\n');
  return { setup, select };
}

/** Loads the folder's Annex A CSVs into an in-memory DuckDB and computes every oracle id. */
export async function runOracle(folder: string, options: OracleOptions): Promise<OracleRun> {
  const config: Record<string, string> = options.threads
    ? { threads: String(options.threads) }
    : {};
  const instance = await DuckDBInstance.create(':memory:', config);
  const db = await instance.connect();
  try {
    const loadStart = performance.now();
    await loadAnnexA(db, folder);
    const loadMs = performance.now() - loadStart;
    const { setup, select } = querySql(options);
    let queryMs = Number.POSITIVE_INFINITY;
    let rows: Record<string, unknown>[] = [];
    for (let run = 0; run < (options.queryRuns ?? 1); run++) {
      const queryStart = performance.now();
      await db.run(setup);
      rows = (await db.runAndReadAll(select)).getRowObjectsJS();
      queryMs = Math.min(queryMs, performance.now() - queryStart);
    }
    const points = rows.map((r) => ({
      id: String(r.id),
      kind: String(r.kind),
      period: String(r.period),
      value: r.value as number | null,
      numerator: r.numerator as number | null,
      denominator: r.denominator as number | null,
    }));
    return { loadMs, queryMs, points };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
