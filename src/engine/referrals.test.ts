import { describe, expect, it } from 'vitest';
import { coverage, pointFor, recordSet, referral } from './fixture.ts';

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
