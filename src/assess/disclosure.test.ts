import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition, Point, WindowKind } from '../domain/index.ts';
import {
  discloseAll,
  discloseSeries,
  isWithheld,
  suppressCounts,
  windowSums,
} from './disclosure.ts';

const RULES = { threshold: 5 };

describe('suppressCounts', () => {
  it('hides counts from 1 to the threshold, never 0 or 6', () => {
    const hidden = suppressCounts({ cells: [0, 1, 5, 6, null], sums: [] }, RULES);
    expect(hidden).toEqual([false, true, true, false, false]);
  });

  it('hides the smallest other part when one part of a shown total is hidden', () => {
    // 3 + 9 + 7 + 12 = 31: with only the 3 hidden it is 31 - 28; the 7 goes too.
    const table = { cells: [3, 9, 7, 12, 31], sums: [{ parts: [0, 1, 2, 3], total: 4 }] };
    expect(suppressCounts(table, RULES)).toEqual([true, false, true, false, false]);
  });

  it('prefers a non-zero part, and hides the total when no part is left', () => {
    const zeros = { cells: [2, 0, 8, 10], sums: [{ parts: [0, 1, 2], total: 3 }] };
    expect(suppressCounts(zeros, RULES)).toEqual([true, false, true, false]);
    const two = { cells: [2, 8, 10], sums: [{ parts: [0, 1], total: 2 }] };
    expect(suppressCounts(two, RULES)).toEqual([true, true, false]);
    const alone = { cells: [2, 2], sums: [{ parts: [0], total: 1 }] };
    expect(suppressCounts(alone, RULES)).toEqual([true, true]);
  });

  it('follows secondary suppression through sums that share cells until none can be undone', () => {
    // Rows: a + b = r1, c + d = r2; column: a + c = k. Hiding a (4) hides b (row), then c
    // (column), then d (row 2).
    const table = {
      cells: [4, 10, 11, 12, 14, 23, 15],
      sums: [
        { parts: [0, 1], total: 4 },
        { parts: [2, 3], total: 5 },
        { parts: [0, 2], total: 6 },
      ],
    };
    expect(suppressCounts(table, RULES)).toEqual([true, true, true, true, false, false, false]);
  });

  it('leaves a table with nothing small alone', () => {
    const table = { cells: [6, 7, 13], sums: [{ parts: [0, 1], total: 2 }] };
    expect(suppressCounts(table, RULES)).toEqual([false, false, false]);
  });
});

function point(window: WindowKind, start: string, end: string, n: number, d: number | null = null) {
  return {
    window,
    period: `${window} ${start}`,
    start,
    end,
    value: d === null ? n : (100 * n) / d,
    numerator: n,
    denominator: d,
  } satisfies Point;
}

const flowCount: IndicatorDefinition = {
  id: 'referrals',
  title: 'Referrals',
  description: 'x',
  unit: 'count',
  polarity: 'neutral',
  kind: 'flow',
  source: 'child-level',
  basis: 'DfE',
};

describe('windowSums', () => {
  it('finds quarters and years tiled by months and quarters, and the year-to-date chain', () => {
    const points = [
      point('month', '2024-04-01', '2024-04-30', 10),
      point('month', '2024-05-01', '2024-05-31', 3),
      point('month', '2024-06-01', '2024-06-30', 12),
      point('quarter', '2024-04-01', '2024-06-30', 25),
      point('ytd', '2024-04-01', '2024-05-31', 13),
      point('ytd', '2024-04-01', '2024-06-30', 25),
    ];
    expect(windowSums(points)).toEqual([
      { parts: [0, 1, 2], total: 3 },
      { parts: [0, 1], total: 4 },
      { parts: [0, 1, 2], total: 5 },
      { parts: [3], total: 5 },
      { parts: [4, 2], total: 5 },
    ]);
  });

  it('does not count months that leave a gap', () => {
    const points = [
      point('month', '2024-04-01', '2024-04-30', 10),
      point('month', '2024-06-01', '2024-06-30', 12),
      point('quarter', '2024-04-01', '2024-06-30', 25),
    ];
    expect(windowSums(points)).toEqual([]);
  });
});

describe('discloseSeries', () => {
  it('hides a small month and one more month of its quarter; the stored series is unchanged', () => {
    const points = [
      point('month', '2024-04-01', '2024-04-30', 10),
      point('month', '2024-05-01', '2024-05-31', 3),
      point('month', '2024-06-01', '2024-06-30', 12),
      point('quarter', '2024-04-01', '2024-06-30', 25),
    ];
    const series = { indicatorId: 'referrals', points };
    const shown = discloseSeries(series, flowCount);
    expect(shown.map((p) => p.value)).toEqual([null, null, 12, 25]);
    expect(shown[1]?.withheld).toEqual({ value: true, numerator: true, denominator: false });
    expect(series.points[1]?.value).toBe(3);
  });

  it('withholds a percentage whose numerator or denominator is small', () => {
    const pct = { ...flowCount, unit: 'percent' as const, kind: 'snapshot' as const };
    const points = [
      point('month', '2024-04-01', '2024-04-30', 3, 40),
      point('month', '2024-05-01', '2024-05-31', 4, 4),
      point('month', '2024-06-01', '2024-06-30', 0, 12),
      point('month', '2024-07-01', '2024-07-31', 30, 40),
    ];
    const shown = discloseSeries({ indicatorId: 'x', points }, pct);
    expect(shown.map((p) => p.value)).toEqual([null, null, 0, 75]);
    expect(shown.map((p) => p.withheld.denominator)).toEqual([false, true, false, false]);
  });

  it('takes a council threshold', () => {
    const points = [point('month', '2024-04-01', '2024-04-30', 9)];
    const shown = discloseSeries({ indicatorId: 'referrals', points }, flowCount, {
      threshold: 10,
    });
    expect(shown[0]?.value).toBeNull();
  });
});

describe('discloseAll and isWithheld', () => {
  it('discloses each series by its definition, leaving out series with none', () => {
    const points = [point('month', '2024-04-01', '2024-04-30', 3)];
    const shown = discloseAll(
      [
        { indicatorId: 'referrals', points },
        { indicatorId: 'unknown', points },
      ],
      [flowCount],
    );
    expect(shown.map((s) => s.indicatorId)).toEqual(['referrals']);
    expect(shown[0]?.points.map(isWithheld)).toEqual([true]);
    expect(isWithheld(points[0]!)).toBe(false);
  });
});
