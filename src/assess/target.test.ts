import { describe, expect, it } from 'vitest';
import { ragFor } from './rag.ts';
import {
  type RagRule,
  type Target,
  type TargetSetting,
  targetFor,
  targetInForce,
  targetsInForce,
} from './target.ts';

const setting = (
  value: number,
  tolerance: number | null = null,
  kind: TargetSetting['toleranceKind'] = tolerance === null ? null : 'absolute',
): TargetSetting => ({
  indicatorId: 'rereferrals_12m_pct',
  financialYear: 2025,
  value,
  tolerance,
  toleranceKind: kind,
});

/** Amber within 5% of target. */
const FIVE_PERCENT: RagRule = {
  indicatorId: 'rereferrals_12m_pct',
  tolerance: 0.05,
  toleranceKind: 'relative',
};

describe('targetInForce(setting, rules)', () => {
  it("uses the target's own tolerance, even 0, over the council's rule", () => {
    expect(targetInForce(setting(20, 2), [FIVE_PERCENT])).toEqual({
      indicatorId: 'rereferrals_12m_pct',
      financialYear: 2025,
      value: 20,
      tolerance: 2,
      toleranceKind: 'absolute',
    });
    expect(targetInForce(setting(20, 0), [FIVE_PERCENT]).tolerance).toBe(0);
  });

  it("takes the council's rule for the indicator when the target gives no tolerance", () => {
    const t = targetInForce(setting(20), [FIVE_PERCENT]);
    expect(t).toMatchObject({
      tolerance: 0.05,
      toleranceKind: 'relative',
      toleranceSource: 'rule',
    });
    // Lower is better: 21 is exactly 5% over 20 (amber), 21.01 beyond it (red).
    expect(ragFor(21, t, 'lower_is_better')).toBe('amber');
    expect(ragFor(21.01, t, 'lower_is_better')).toBe('red');
    expect(ragFor(20, t, 'lower_is_better')).toBe('green');
  });

  it("ignores another indicator's rule: no tolerance, no amber band", () => {
    const other = { ...FIVE_PERCENT, indicatorId: 'referrals' };
    const t = targetInForce(setting(20), [other]);
    expect(t).toMatchObject({ tolerance: 0, toleranceKind: 'absolute', toleranceSource: 'none' });
    expect(ragFor(20.01, t, 'lower_is_better')).toBe('red');
  });

  it('keeps the monthly profile', () => {
    const profile = [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8];
    expect(targetInForce({ ...setting(100), profile }, []).profile).toEqual(profile);
    expect(targetInForce(setting(100), [])).not.toHaveProperty('profile');
  });

  it('applies the rules to every setting', () => {
    const all = targetsInForce([setting(20), setting(18, 1)], [FIVE_PERCENT]);
    expect(all.map((t) => [t.tolerance, t.toleranceKind])).toEqual([
      [0.05, 'relative'],
      [1, 'absolute'],
    ]);
  });
});

describe('targetFor(targets, indicatorId, financialYear)', () => {
  const t = (value: number, financialYear = 2025, indicatorId = 'x'): Target => ({
    indicatorId,
    financialYear,
    value,
    tolerance: 0,
    toleranceKind: 'absolute',
  });

  it('picks the target set last for the indicator and financial year', () => {
    const history = [t(16), t(18, 2024), t(15), t(99, 2025, 'y')];
    expect(targetFor(history, 'x', 2025)?.value).toBe(15);
    expect(targetFor(history, 'x', 2024)?.value).toBe(18);
  });

  it('finds none for a year or indicator without a target', () => {
    expect(targetFor([t(16)], 'x', 2026)).toBeUndefined();
    expect(targetFor([t(16)], 'z', 2025)).toBeUndefined();
    expect(targetFor([], 'x', 2025)).toBeUndefined();
  });
});
