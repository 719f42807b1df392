/** loadBenchmarkInputs on whichever back end openTestStore() gives (PGlite, or the server). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { benchmarkView } from '../assess/index.ts';
import { findIndicator, type IndicatorDefinition } from '../domain/index.ts';
import type { BenchmarkRow, NeighbourRow } from '../ingest/index.ts';
import { loadBenchmarkInputs } from './benchmark-inputs.ts';
import { type BenchmarkSet, type Database, replaceBenchmarks, upsertLa } from './index.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

let store: TestStore;
let db: Database;

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(() => store.dispose());
beforeEach(() => emptyTestStore(db));

const figure = (code: string, value: number | null, changes: Partial<BenchmarkRow> = {}) =>
  ({
    indicatorId: 'referrals',
    year: 2025,
    level: code.startsWith('E92') ? 'national' : code.startsWith('E1') ? 'regional' : 'la',
    code,
    name: `Place ${code}`,
    value,
    numerator: value,
    denominator: null,
    status: value === null ? 'c' : null,
    source: 'c1.csv',
    ...changes,
  }) satisfies BenchmarkRow;

const neighbour = (code: string, model: '2021' | '2025', rank: number, of: string) =>
  ({ code, model, rank, neighbour: of, closeness: 'Close' }) satisfies NeighbourRow;

function sample(): BenchmarkSet {
  return {
    benchmarks: [
      figure('E92000001', 600_000),
      figure('E12000008', 40_000),
      figure('801', 500),
      figure('802', 900),
      figure('803', null),
      figure('801', 21.5, { indicatorId: 'rereferrals_12m_pct' }),
      figure('801', 7, { indicatorId: 'cin_open' }),
    ],
    population: [
      { code: 'E92000001', level: 'national', year: 2024, count: 12_000_000 },
      { code: 'E12000008', level: 'regional', year: 2024, count: 800_000 },
      { code: '801', level: 'la', year: 2024, count: 10_000 },
      { code: '802', level: 'la', year: 2024, count: 20_000 },
    ],
    neighbours: [
      neighbour('801', '2025', 2, '803'),
      neighbour('801', '2025', 1, '802'),
      neighbour('801', '2021', 1, '909'),
      neighbour('802', '2021', 1, '909'),
    ],
    councils: ['801', '802', '803'].map((code) => ({
      code,
      newCode: `E06000${code}`,
      name: `Place ${code}`,
      regionCode: 'E12000008',
      regionName: 'South East',
    })),
  };
}

const rate = findIndicator('referral_rate_per_10k') as IndicatorDefinition;
const rereferrals = findIndicator('rereferrals_12m_pct') as IndicatorDefinition;

describe('loadBenchmarkInputs(db, code, options)', () => {
  it('gives the council, its 2025-model neighbours closest first, and the measures’ figures', async () => {
    await replaceBenchmarks(db, sample());
    const inputs = await loadBenchmarkInputs(db, '801', { definitions: [rereferrals] });
    expect(inputs.council).toEqual({
      code: '801',
      name: 'Place 801',
      region: { code: 'E12000008', name: 'South East' },
    });
    expect(inputs.known).toBe(true);
    expect(inputs.model).toBe('2025');
    expect(inputs.neighbours).toEqual([
      { code: '802', name: 'Place 802', rank: 1, closeness: 'Close' },
      { code: '803', name: 'Place 803', rank: 2, closeness: 'Close' },
    ]);
    expect(inputs.figures.map((f) => [f.indicatorId, f.code, f.value])).toEqual([
      ['rereferrals_12m_pct', '801', 21.5],
    ]);
    expect(inputs.population).toEqual([]);
  });

  it('falls back to the 2021 model, naming a neighbour the reference set does not know as null', async () => {
    await replaceBenchmarks(db, sample());
    const inputs = await loadBenchmarkInputs(db, '802', { definitions: [rereferrals] });
    expect(inputs.model).toBe('2021');
    expect(inputs.neighbours).toEqual([{ code: '909', name: null, rank: 1, closeness: 'Close' }]);
  });

  it('loads every place’s population when a rate is derived, and feeds benchmarkView', async () => {
    await replaceBenchmarks(db, sample());
    const inputs = await loadBenchmarkInputs(db, '801', { definitions: [rate] });
    expect(inputs.population).toHaveLength(4);
    const view = benchmarkView({ definition: rate, ...inputs });
    expect(view?.years[0]).toMatchObject({
      period: '2024-25',
      england: { value: 500 },
      region: { value: 500 },
      published: { value: 500 },
      neighbours: { median: 450, count: 1, of: 2 },
    });
  });

  it('names a council the DfE does not know by its own name, with no region or neighbours', async () => {
    await upsertLa(db, { code: '999', name: 'Northmere' });
    const inputs = await loadBenchmarkInputs(db, '999', { definitions: [rereferrals] });
    expect(inputs).toEqual({
      council: { code: '999', name: 'Northmere', region: null },
      known: false,
      model: null,
      neighbours: [],
      figures: [],
      population: [],
    });
  });
});
