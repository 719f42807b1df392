/** The reference set on whichever back end openTestStore() gives (PGlite, or the server). */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BenchmarkRow, NeighbourRow } from '../ingest/index.ts';
import {
  type BenchmarkSet,
  type Database,
  loadBenchmarks,
  loadCouncilRef,
  loadNeighbours,
  loadReferencePopulation,
  replaceBenchmarks,
} from './index.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

let store: TestStore;
let db: Database;

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(() => store.dispose());
beforeEach(() => emptyTestStore(db));

const figure = (changes: Partial<BenchmarkRow>): BenchmarkRow => ({
  indicatorId: 'rereferrals_12m_pct',
  year: 2025,
  level: 'la',
  code: '999',
  name: 'Testshire',
  value: 22.6,
  numerator: 226,
  denominator: 1000,
  status: null,
  source: 'c1.csv',
  ...changes,
});

const neighbour = (rank: number, code = '999'): NeighbourRow => ({
  code,
  model: '2025',
  rank,
  neighbour: String(900 + rank),
  closeness: rank < 3 ? 'Very close' : 'Close',
});

function sample(): BenchmarkSet {
  return {
    benchmarks: [
      figure({}),
      figure({ code: 'E92000001', level: 'national', name: 'England', value: 21.1 }),
      figure({ year: 2024, value: null, numerator: null, denominator: 950, status: 'c' }),
      figure({ indicatorId: 'referrals', value: 1000, numerator: 1000, denominator: null }),
    ],
    population: [
      { code: '999', level: 'la', year: 2024, count: 301234 },
      { code: '999', level: 'la', year: 2023, count: 299000 },
      { code: 'E92000001', level: 'national', year: 2024, count: 12183016 },
    ],
    neighbours: [3, 1, 2].map((rank) => neighbour(rank)),
    councils: [
      {
        code: '999',
        newCode: 'E06000999',
        name: 'Testshire',
        regionCode: 'E12000008',
        regionName: 'South East',
      },
    ],
  };
}

describe('replaceBenchmarks(db, data)', () => {
  it('stores every row and says how many of each', async () => {
    expect(await replaceBenchmarks(db, sample())).toEqual({
      benchmarks: 4,
      population: 3,
      neighbours: 3,
      councils: 1,
    });
    expect(await loadBenchmarks(db)).toHaveLength(4);
  });

  it('replaces the whole set: rows not in the new data are gone', async () => {
    await replaceBenchmarks(db, sample());
    await replaceBenchmarks(db, { ...sample(), benchmarks: [figure({ value: 30 })] });
    expect((await loadBenchmarks(db)).map((b) => b.value)).toEqual([30]);
    expect(await loadNeighbours(db, '999', '2025')).toHaveLength(3);
  });

  it('leaves the set as it was when the new data cannot be stored', async () => {
    await replaceBenchmarks(db, sample());
    const twice = { ...sample(), neighbours: [neighbour(1), neighbour(1)] };
    await expect(replaceBenchmarks(db, twice)).rejects.toThrow();
    expect(await loadBenchmarks(db)).toHaveLength(4);
    expect(await loadNeighbours(db, '999', '2025')).toHaveLength(3);
  });

  it('refuses a status the DfE does not use', async () => {
    const odd = { ...sample(), benchmarks: [figure({ status: 'q' as BenchmarkRow['status'] })] };
    await expect(replaceBenchmarks(db, odd)).rejects.toThrow();
  });
});

describe('loadBenchmarks(db, filter)', () => {
  beforeEach(() => replaceBenchmarks(db, sample()).then(() => undefined));

  it('gives back status-coded rows with null values, and percentages exactly', async () => {
    const rows = await loadBenchmarks(db, { indicatorId: 'rereferrals_12m_pct', codes: ['999'] });
    expect(rows).toEqual([
      figure({ year: 2024, value: null, numerator: null, denominator: 950, status: 'c' }),
      figure({}),
    ]);
  });

  it('filters by place codes, by indicator, or neither', async () => {
    const england = await loadBenchmarks(db, { codes: ['E92000001'] });
    expect(england.map((b) => [b.level, b.value])).toEqual([['national', 21.1]]);
    const referrals = await loadBenchmarks(db, { indicatorId: 'referrals' });
    expect(referrals.map((b) => [b.code, b.numerator, b.denominator])).toEqual([
      ['999', 1000, null],
    ]);
    expect(await loadBenchmarks(db, { codes: [] })).toEqual([]);
  });
});

describe('loadNeighbours(db, code, model), loadCouncilRef(db, code), loadReferencePopulation', () => {
  beforeEach(() => replaceBenchmarks(db, sample()).then(() => undefined));

  it('lists neighbours closest first, only for the model asked', async () => {
    const rows = await loadNeighbours(db, '999', '2025');
    expect(rows.map((n) => [n.rank, n.neighbour, n.closeness])).toEqual([
      [1, '901', 'Very close'],
      [2, '902', 'Very close'],
      [3, '903', 'Close'],
    ]);
    expect(await loadNeighbours(db, '999', '2021')).toEqual([]);
  });

  it('names a council by its old LA code, null when unknown', async () => {
    expect(await loadCouncilRef(db, '999')).toEqual(sample().councils[0]);
    expect(await loadCouncilRef(db, '000')).toBeNull();
  });

  it('gives population by mid-year for any place, apart from councils’ own population', async () => {
    expect([...(await loadReferencePopulation(db, '999'))]).toEqual([
      [2023, 299000],
      [2024, 301234],
    ]);
    const own = await sql<{ n: number }>`select count(*)::int as n from population`.execute(db);
    expect(own.rows[0]?.n).toBe(0);
  });
});
