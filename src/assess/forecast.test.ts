import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition, Point } from '../domain/index.ts';
import { forecastYearEnd } from './forecast.ts';
import type { Target } from './target.ts';

function def(
  unit: IndicatorDefinition['unit'],
  kind: IndicatorDefinition['kind'],
  polarity: IndicatorDefinition['polarity'] = 'higher_is_better',
): IndicatorDefinition {
  return {
    id: 'x',
    title: 'X',
    description: 'X',
    unit,
    polarity,
    kind,
    source: 'supplied',
    basis: 'local',
  };
}

function months(figures: readonly [number, number | null][]): Point[] {
  return figures.map(([n, d], i) => ({
    window: 'month',
    period: `m${i}`,
    start: `2024-${String(4 + i).padStart(2, '0')}-01`,
    end: `2024-${String(4 + i).padStart(2, '0')}-28`,
    value: d === null ? n : (100 * n) / d,
    numerator: n,
    denominator: d,
  }));
}

const target = (value: number, tolerance = 0): Target => ({
  indicatorId: 'x',
  financialYear: 2024,
  value,
  tolerance,
  toleranceKind: 'absolute',
});

describe('forecastYearEnd: flow counts', () => {
  const six = months(Array(6).fill([100, null]));

  it('goes straight-line: 600 in six months is 1,200 by March', () => {
    const f = forecastYearEnd({
      definition: def('count', 'flow'),
      months: six,
      target: target(1300),
    });
    expect(f).toMatchObject({ method: 'straight_line', monthsElapsed: 6, value: 1200, rag: 'red' });
    expect(f.onTrack).toBe(false);
    expect(f.neededPerMonth).toBeCloseTo(700 / 6, 12);
  });

  it('is on track within tolerance only when the target is met', () => {
    const amber = forecastYearEnd({
      definition: def('count', 'flow'),
      months: six,
      target: target(1250, 100),
    });
    expect(amber).toMatchObject({ rag: 'amber', onTrack: false });
    const green = forecastYearEnd({
      definition: def('count', 'flow'),
      months: six,
      target: target(1200),
    });
    expect(green).toMatchObject({ rag: 'green', onTrack: true });
  });

  it('follows a monthly profile: April holding 2/12 of the year makes 100 into 600', () => {
    const f = forecastYearEnd({
      definition: def('count', 'flow'),
      months: months([[100, null]]),
      profile: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
    });
    expect(f).toMatchObject({ method: 'profile', value: 600, onTrack: null, neededPerMonth: null });
  });

  it("uses the target's own monthly profile when none is given", () => {
    const f = forecastYearEnd({
      definition: def('count', 'flow'),
      months: months([[100, null]]),
      target: { ...target(1200), profile: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0] },
    });
    expect(f).toMatchObject({ method: 'profile', value: 600, rag: 'red', onTrack: false });
  });

  it('has no forecast before April ends, and needs nothing more in March', () => {
    const none = forecastYearEnd({
      definition: def('count', 'flow'),
      months: [],
      target: target(1200),
    });
    expect(none).toMatchObject({ value: null, rag: 'none', onTrack: null, neededPerMonth: 100 });
    const year = forecastYearEnd({
      definition: def('count', 'flow'),
      months: months(Array(12).fill([100, null])),
      target: target(1300),
    });
    expect(year).toMatchObject({ value: 1200, neededPerMonth: null });
  });
});

describe('forecastYearEnd: percentages and snapshots', () => {
  it('pools the cases so far and says what the rest of the year needs', () => {
    // 115 of 140 so far (82.14%); 560 cases expected in the year, 420 to come; 85% of 560 is
    // 476, so 361 of the 420 (85.95%) are needed.
    const f = forecastYearEnd({
      definition: def('percent', 'flow'),
      months: months([
        [40, 50],
        [45, 50],
        [30, 40],
      ]),
      target: target(85),
    });
    expect(f.value).toBeCloseTo((100 * 115) / 140, 12);
    expect(f.neededPerMonth).toBeCloseTo((100 * 361) / 420, 12);
    expect(f).toMatchObject({ rag: 'red', onTrack: false });
  });

  it('lets the latest snapshot stand, with the change a month needed', () => {
    const f = forecastYearEnd({
      definition: def('count', 'snapshot', 'lower_is_better'),
      months: months([
        [260, null],
        [250, null],
      ]),
      target: target(240),
    });
    expect(f).toMatchObject({ method: 'latest', value: 250, rag: 'red', onTrack: false });
    expect(f.neededPerMonth).toBeCloseTo(-1, 12);
  });
});
