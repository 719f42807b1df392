import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../domain/index.ts';
import { coverage, day, pointFor, recordSet, referral } from './fixture.ts';
import { computeSeries } from './series.ts';

const MAY_2024 = coverage('2024-04-01', '2024-06-30');

/** The `rereferrals_12m_pct` point for May 2024. */
function may(...referrals: ReturnType<typeof referral>[]) {
  return pointFor(recordSet({ referrals }), 'rereferrals_12m_pct', MAY_2024, '2024-05');
}

describe('computeSeries: referrals', () => {
  it('counts referrals dated in the window, with a null denominator', () => {
    const records = recordSet({
      referrals: [
        referral('A', '2024-04-30'),
        referral('A', '2024-05-01'),
        referral('B', '2024-05-31'),
        referral('C', '2024-06-01'),
      ],
    });
    expect(pointFor(records, 'referrals', MAY_2024, '2024-05')).toMatchObject({
      value: 2,
      numerator: 2,
      denominator: null,
    });
  });
});

describe('computeSeries: rereferrals_12m_pct', () => {
  it('counts a referral exactly 12 months after the previous one', () => {
    expect(may(referral('A', '2023-05-10'), referral('A', '2024-05-10'))).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
  });

  it('does not count a referral 12 months and a day after the previous one', () => {
    expect(may(referral('A', '2023-05-10'), referral('A', '2024-05-11'))).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
  });

  it('reads 12 months before 29 February as 28 February', () => {
    const covered = coverage('2024-01-01', '2024-03-31');
    const counted = recordSet({
      referrals: [referral('A', '2023-02-28'), referral('A', '2024-02-29')],
    });
    const missed = recordSet({
      referrals: [referral('A', '2023-02-27'), referral('A', '2024-02-29')],
    });
    expect(pointFor(counted, 'rereferrals_12m_pct', covered, '2024-02')?.numerator).toBe(1);
    expect(pointFor(missed, 'rereferrals_12m_pct', covered, '2024-02')?.numerator).toBe(0);
  });

  it('counts a referral recording earlier referrals in the last 12 months, with none in the data', () => {
    expect(may(referral('A', '2024-05-10', 2), referral('B', '2024-05-12', 0))).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
  });

  it('looks for the earlier referral before the data start and outside the window', () => {
    // 2023-09-01 is before coverage.from (2024-04-01) but still history
    expect(may(referral('A', '2023-09-01'), referral('A', '2024-05-10'))?.numerator).toBe(1);
  });

  it('ignores another child, a later referral and one on the same date', () => {
    const point = may(
      referral('A', '2024-05-10'),
      referral('B', '2024-05-01'),
      referral('A', '2024-05-20'),
      referral('C', '2024-05-15'),
      referral('C', '2024-05-15'),
    );
    // A on 10th: nothing earlier; B: first; A on 20th: re-referral; C twice on the same date: no
    expect(point).toMatchObject({ numerator: 1, denominator: 5, value: 20 });
  });

  it('looks back from each referral to the latest earlier date, not the first', () => {
    // 15 May 2024 - 12 months = 15 May 2023; 1 Jun 2023 is on or after it, 1 Jan 2023 is not
    const counted = may(
      referral('A', '2023-01-01'),
      referral('A', '2023-06-01'),
      referral('A', '2024-05-15'),
    );
    expect(counted?.numerator).toBe(1);
    // two on the same day look past each other to 1 Jan 2023, which is too early
    const missed = may(
      referral('A', '2023-01-01'),
      referral('A', '2024-05-15'),
      referral('A', '2024-05-15'),
    );
    expect(missed).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('gives a null value, not 0, for a window with no referrals', () => {
    expect(may(referral('A', '2024-04-10'))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});

describe('computeSeries: referrals_nfa_pct', () => {
  it('counts referrals marked NFA = yes; no and blank stay in the denominator', () => {
    const point = pointFor(
      recordSet({
        referrals: [
          referral('A', '2024-05-01', null, true),
          referral('B', '2024-05-31', null, false),
          referral('C', '2024-05-15', null, null),
          referral('D', '2024-05-20', null, true),
          referral('E', '2024-04-30', null, true), // April
        ],
      }),
      'referrals_nfa_pct',
      MAY_2024,
      '2024-05',
    );
    expect(point).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
  });

  it('gives null, not 0, for a window with no referrals', () => {
    const records = recordSet({ referrals: [referral('A', '2024-04-10', null, true)] });
    expect(pointFor(records, 'referrals_nfa_pct', MAY_2024, '2024-05')).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});

describe('computeSeries: referral_rate_per_10k', () => {
  const records = recordSet({
    referrals: [
      referral('A', '2023-04-01'),
      referral('B', '2024-02-29'),
      referral('C', '2024-03-31'),
      referral('D', '2024-04-01'),
      referral('E', '2024-04-30'),
      referral('F', '2025-03-31'),
    ],
  });
  const covered = { from: day('2023-04-01'), asAt: day('2025-03-31') };
  // mid-2023 for 2023-24 windows, mid-2024 for 2024-25 ones
  const population = new Map([
    [2023, 40_000],
    [2024, 50_000],
  ]);

  const RATE = CATALOGUE.filter((def) => def.id === 'referral_rate_per_10k');

  function points(withPopulation: ReadonlyMap<number, number> | undefined) {
    const options = withPopulation ? { population: withPopulation } : {};
    const [series] = computeSeries(records, { coverage: covered, indicators: RATE, ...options });
    return new Map(series?.points.map((p) => [p.period, p]));
  }

  it('divides by the mid-(Y-1) estimate for financial year Y-1..Y', () => {
    const byPeriod = points(population);
    // 2023-24: 1 Apr 2023, 29 Feb and 31 Mar 2024; 2024-25: 1 Apr, 30 Apr 2024, 31 Mar 2025
    expect(byPeriod.get('2023-24')).toMatchObject({
      value: 0.75,
      numerator: 3,
      denominator: 40_000,
    });
    expect(byPeriod.get('2024-25')).toMatchObject({
      value: 0.6,
      numerator: 3,
      denominator: 50_000,
    });
  });

  it("takes an r12 window's year from its end: March in the old year, April in the new", () => {
    const byPeriod = points(population);
    // 12m to 2024-03 is 2023-24 (mid-2023); 12m to 2024-04 ends in 2024-25 (mid-2024)
    expect(byPeriod.get('12m to 2024-03')).toMatchObject({ numerator: 3, denominator: 40_000 });
    expect(byPeriod.get('12m to 2024-04')).toMatchObject({
      value: 0.8,
      numerator: 4,
      denominator: 50_000,
    });
  });

  it('gives year and r12 points only', () => {
    const kinds = new Set([...points(population).values()].map((p) => p.window));
    expect([...kinds].sort()).toEqual(['r12', 'year']);
  });

  it('gives a null rate, keeping the count, when no estimate is loaded for the year', () => {
    expect(points(undefined).get('2023-24')).toMatchObject({
      value: null,
      numerator: 3,
      denominator: null,
    });
    const onlyOld = points(new Map([[2023, 40_000]]));
    expect(onlyOld.get('2024-25')).toMatchObject({ value: null, denominator: null });
    expect(onlyOld.get('2023-24')?.value).toBe(0.75);
  });
});
