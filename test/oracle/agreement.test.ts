/**
 * The engine against an independent oracle: the catalogue's child-level indicators written as
 * SQL from indicators.md (bench/duckdb), run in DuckDB over the same Annex A CSVs — a generated
 * three-year council with duplicate rows, overriding rows and boundary referrals added. Every
 * point of every id both compute must agree: value, numerator and denominator.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agreement, compareWithOracle } from '../../bench/duckdb/compare.ts';
import { oracleBankHolidays } from '../../bench/duckdb/holidays.ts';
import { ORACLE_IDS, runOracle } from '../../bench/duckdb/oracle.ts';
import { generateDemo } from '../../src/demo/index.ts';
import { CATALOGUE, dayOf, isoDay, type Series } from '../../src/domain/index.ts';
import { bankHolidays, computeSeries } from '../../src/engine/index.ts';
import { readCaseFiles } from '../../src/ingest/index.ts';
import { withEdges } from './edges.ts';

const AS_AT = dayOf(2025, 11, 20);
/**
 * Ids whose figures Annex A gives only as at its extract (a child's current placement, its
 * placements in the last 12 months): before the as-at date both say "not known" (all null).
 */
const KNOWN_ONLY_AT_AS_AT = ['cla_3plus_placements_pct', 'cla_long_term_stability_pct'];

let folder = '';
let agreement: Agreement;
let series: Series[] = [];

beforeAll(async () => {
  const demo = generateDemo({ asAt: AS_AT, years: 3, seed: 11 });
  folder = mkdtempSync(path.join(tmpdir(), 'outturn-oracle-'));
  const files = withEdges(demo.files);
  for (const f of files) writeFileSync(path.join(folder, f.name), f.text);
  const coverage = { from: demo.from, asAt: AS_AT };
  const oracle = await runOracle(folder, { ...coverage, population: demo.population });
  const encoder = new TextEncoder();
  const read = await readCaseFiles(
    files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) })),
  );
  const population = new Map(demo.population.map((p) => [p.year, p.count]));
  series = computeSeries(read.records, { coverage, population, childKeys: read.childKeys ?? {} });
  agreement = compareWithOracle(series, oracle.points);
}, 60_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the engine against the DuckDB oracle', () => {
  it('compares every child-level id the catalogue defines', () => {
    const childLevel = CATALOGUE.filter((d) => d.source === 'child-level').map((d) => d.id);
    expect(agreement.engineOnly).toEqual([]);
    expect(agreement.ids).toEqual(childLevel);
    expect(childLevel.every((id) => ORACLE_IDS.includes(id))).toBe(true);
    expect(agreement.points).toBeGreaterThan(childLevel.length * 40);
  });

  it('agrees on every point: value, numerator and denominator', () => {
    expect(agreement.mismatches.slice(0, 20)).toEqual([]);
    expect(agreement.mismatches.length).toBe(0);
  });

  it('gives no figure where Annex A cannot tell, as the oracle does', () => {
    expect(agreement.unknown).toEqual([]);
    for (const id of KNOWN_ONLY_AT_AS_AT) {
      const points = series.find((s) => s.indicatorId === id)?.points ?? [];
      const unknown = points.filter((p) => p.value === null && p.denominator === null);
      expect(unknown.length, `${id} has unknown points`).toBeGreaterThan(0);
      expect(
        points
          .filter((p) => p.end === isoDay(AS_AT) || p.covers?.end === isoDay(AS_AT))
          .every((p) => p.denominator !== null),
      ).toBe(true);
    }
  });
});

describe("the oracle's own bank holidays", () => {
  it('are the engine calendar, 1995 to 2040', () => {
    const engine: string[] = [];
    for (let y = 1995; y <= 2040; y++) engine.push(...bankHolidays(y).map(isoDay));
    expect(oracleBankHolidays(1995, 2040)).toEqual(engine.sort());
  });
});
