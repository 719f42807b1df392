import { describe, expect, it } from 'vitest';
import { limitsOf, type SpcInput, type SpcOptions, spc } from './spc.ts';

/** Month starts from April 2023, one per value. */
function months(values: readonly number[], firstMonth = 0): SpcInput[] {
  return values.map((value, i) => {
    const m = firstMonth + i;
    const year = 2023 + Math.floor((m + 3) / 12);
    const month = ((m + 3) % 12) + 1;
    return { start: `${year}-${String(month).padStart(2, '0')}-01`, value };
  });
}

// Worked by hand: mean 138 / 12 = 11.5; moving ranges 2,1,2,3,2,1,2,3,2,1,2 (sum 21, mean
// 21/11 = 1.909090...); limits 11.5 ± 2.66 × 1.909090... = 11.5 ± 5.078181...; the near-limit
// band starts two thirds of the way out: 11.5 ± 3.385454...
const BASELINE = [10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13];
const UPPER = 11.5 + (2.66 * 21) / 11;
const LOWER = 11.5 - (2.66 * 21) / 11;

const higher: SpcOptions = { polarity: 'higher_is_better', baseline: 12 };

function withBaseline(values: readonly number[], options: SpcOptions = higher) {
  return spc(months([...BASELINE, ...values]), options);
}

describe('limitsOf', () => {
  it('gives the mean and 2.66 mean moving ranges either side', () => {
    const l = limitsOf(BASELINE);
    expect(l.mean).toBeCloseTo(11.5, 12);
    expect(l.upper).toBeCloseTo(UPPER, 12);
    expect(l.lower).toBeCloseTo(LOWER, 12);
  });

  it('screens out moving ranges of 3.267 times their mean or more', () => {
    // Ranges: ten of 1 and one of 20 (mean 30/11 = 2.727; 20 >= 8.91 is dropped): spread 1.
    const l = limitsOf([10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 30]);
    expect(l.mean).toBeCloseTo(145 / 12, 12);
    expect(l.upper - l.mean).toBeCloseTo(2.66, 12);
  });
});

describe('spc: special causes', () => {
  it('finds common cause only in the baseline', () => {
    const result = spc(months(BASELINE), higher);
    expect(result.variation).toBe('common_cause');
    expect(result.points.every((p) => p.rules.length === 0)).toBe(true);
  });

  it('labels a point beyond a limit by polarity; a point on the limit is inside', () => {
    expect(withBaseline([17]).points.at(-1)).toMatchObject({
      variation: 'improvement',
      rules: ['outside_limits'],
    });
    expect(withBaseline([17], { ...higher, polarity: 'lower_is_better' }).variation).toBe(
      'concern',
    );
    expect(withBaseline([17], { ...higher, polarity: 'neutral' }).variation).toBe('neutral_high');
    expect(withBaseline([5], { ...higher, polarity: 'neutral' }).variation).toBe('neutral_low');
    expect(withBaseline([UPPER]).variation).not.toBe('improvement');
    expect(withBaseline([UPPER]).points.at(-1)?.rules).not.toContain('outside_limits');
  });

  it('finds two of three points close to a limit on one side, marking the close ones', () => {
    const result = withBaseline([15, 11.6, 15]);
    expect(result.points.slice(-3).map((p) => p.rules)).toEqual([
      ['two_of_three'],
      [],
      ['two_of_three'],
    ]);
    expect(result.variation).toBe('improvement');
    // The middle point below the mean: not all three on one side, no signal.
    expect(
      withBaseline([15, 11.4, 15])
        .points.slice(-3)
        .every((p) => p.rules.length === 0),
    ).toBe(true);
  });

  it('finds a shift of seven points on one side of the mean, not six', () => {
    // The baseline ends above the mean (13): a point below it starts each run here.
    const seven = withBaseline([11, 12, 12, 12, 12, 12, 12, 12]);
    expect(seven.points.slice(-7).every((p) => p.rules.includes('shift'))).toBe(true);
    expect(seven.variation).toBe('improvement');
    const six = withBaseline([11, 12, 12, 12, 12, 12, 12]);
    expect(six.points.slice(-6).some((p) => p.rules.includes('shift'))).toBe(false);
    // A point exactly on the mean breaks the run.
    const broken = withBaseline([11, 12, 12, 12, 11.5, 12, 12, 12]);
    expect(broken.points.some((p) => p.rules.includes('shift'))).toBe(false);
  });

  it('finds a trend of seven rising points and judges it by its direction', () => {
    // After the baseline's 13, 9 is a fall; 9 .. 14 rise for seven points across the mean.
    const rising = withBaseline([9, 10, 11, 11.6, 12, 13, 14]);
    expect(rising.points.slice(-7).map((p) => p.rules)).toEqual(Array(7).fill(['trend']));
    expect(rising.points.slice(-7).every((p) => p.variation === 'improvement')).toBe(true);
    const lower = withBaseline([9, 10, 11, 11.6, 12, 13, 14], {
      ...higher,
      polarity: 'lower_is_better',
    });
    expect(lower.variation).toBe('concern');
    // Six rising points, or an equal pair, make no trend.
    expect(withBaseline([9, 10, 11, 11.6, 12, 13]).points.some((p) => p.rules.length > 0)).toBe(
      false,
    );
    expect(withBaseline([9, 10, 11, 11, 12, 13, 14]).points.some((p) => p.rules.length > 0)).toBe(
      false,
    );
  });
});

describe('spc: assurance against a target', () => {
  it('says reliably met, reliably missed or hit and miss by where the target lies', () => {
    const judge = (target: number, polarity: SpcOptions['polarity']) =>
      spc(months(BASELINE), { polarity, target }).assurance;
    expect(judge(18, 'higher_is_better')).toBe('reliably_missed');
    expect(judge(5, 'higher_is_better')).toBe('reliably_met');
    expect(judge(12, 'higher_is_better')).toBe('hit_and_miss');
    expect(judge(18, 'lower_is_better')).toBe('reliably_met');
    expect(judge(5, 'lower_is_better')).toBe('reliably_missed');
    expect(judge(UPPER, 'higher_is_better')).toBe('hit_and_miss');
    expect(judge(12, 'neutral')).toBeNull();
    expect(spc(months(BASELINE), { polarity: 'higher_is_better' }).assurance).toBeNull();
  });
});

describe('spc: too few points, and recalculation', () => {
  it('gives no judgement with fewer than 12 points, one point or none', () => {
    for (const values of [BASELINE.slice(0, 11), [17], []]) {
      const result = spc(months(values), { polarity: 'higher_is_better', target: 11 });
      expect(result).toMatchObject({ variation: null, assurance: null });
      expect(result.points.every((p) => p.rules.length === 0)).toBe(true);
      expect(result.points).toHaveLength(values.length);
    }
  });

  it('recalculates the mean and limits from a stated date', () => {
    const raised = BASELINE.map((v) => v + 10);
    const points = [...months(BASELINE), ...months(raised, 12)];
    const together = spc(points, { polarity: 'higher_is_better' });
    expect(together.points.some((p) => p.variation !== 'common_cause')).toBe(true);
    const split = spc(points, { polarity: 'higher_is_better', recalculateFrom: ['2024-04-01'] });
    expect(split.points[0]?.mean).toBeCloseTo(11.5, 12);
    expect(split.points[12]?.mean).toBeCloseTo(21.5, 12);
    expect(split.points.every((p) => p.variation === 'common_cause')).toBe(true);
  });
});
