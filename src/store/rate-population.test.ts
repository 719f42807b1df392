/** Rates per 10,000 in the dashboard's series: the population recompute hands the engine. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayOf, type Series } from '../domain/index.ts';
import { listFile } from '../ingest/annex-a/test-files.ts';
import { importFiles, recompute } from './import.ts';
import { loadSeries, replaceBenchmarks, setPopulation } from './index.ts';
import { ratePopulation } from './population.ts';
import { openTestStore, type TestStore } from './testing.ts';

const referral = (id: string, date: string) => ({
  'Child Unique ID': id,
  Gender: 'a) Male',
  'Date of Birth': '01/01/2015',
  'Date of referral': date,
});

const FILE = listFile(3, [
  referral('C1', '02/05/2024'),
  referral('C2', '10/06/2024'),
  referral('C1', '02/05/2025'),
]);

/** The ONS figures for council 999 as `outturn benchmarks` loads them. */
const REFERENCE = {
  benchmarks: [],
  neighbours: [],
  councils: [],
  population: [
    { code: '999', level: 'la' as const, year: 2024, count: 30_000 },
    { code: '999', level: 'la' as const, year: 2025, count: 40_000 },
    { code: '998', level: 'la' as const, year: 2025, count: 1 },
  ],
};

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(async () => {
  await store.dispose();
});

async function importReferrals(): Promise<void> {
  const result = await importFiles(store.db, {
    la: { code: '999', name: 'Northmere' },
    files: [FILE],
    asAt: dayOf(2025, 6, 30),
    from: dayOf(2024, 4, 1),
    createdBy: 'tester',
    at: '2025-07-01T09:00:00.000Z',
  });
  expect(result.ok).toBe(true);
}

function rates(series: Series[]) {
  const rate = series.find((s) => s.indicatorId === 'referral_rate_per_10k');
  return new Map(rate?.points.map((p) => [p.period, [p.value, p.numerator, p.denominator]]));
}

describe('ratePopulation(db, la)', () => {
  it("takes the council's reference population, each year replaced by its own figure", async () => {
    await importReferrals();
    expect(await ratePopulation(store.db, '999')).toEqual(new Map());
    await replaceBenchmarks(store.db, REFERENCE);
    await setPopulation(store.db, '999', 2024, 20_000);
    await setPopulation(store.db, '999', 2023, 19_000);
    expect([...(await ratePopulation(store.db, '999'))].sort()).toEqual([
      [2023, 19_000],
      [2024, 20_000],
      [2025, 40_000],
    ]);
  });
});

describe('recompute(db, la, at): rates per 10,000', () => {
  it('leaves rates null, with their counts, while no population is loaded', async () => {
    await importReferrals();
    expect(rates(await loadSeries(store.db, '999')).get('2024-25')).toEqual([null, 2, null]);
  });

  it('divides by the population of the year each window ends in', async () => {
    await importReferrals();
    await replaceBenchmarks(store.db, REFERENCE);
    await setPopulation(store.db, '999', 2024, 20_000);
    await recompute(store.db, '999', '2025-07-02T09:00:00.000Z');
    const byPeriod = rates(await loadSeries(store.db, '999'));
    // 2024-25: two referrals over the council's own mid-2024 figure
    expect(byPeriod.get('2024-25')).toEqual([1, 2, 20_000]);
    // 12 months to June 2025 end in 2025-26: one referral (2 May 2025) over mid-2025
    expect(byPeriod.get('12m to 2025-06')).toEqual([0.25, 1, 40_000]);
  });
});
