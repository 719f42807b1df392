import { describe, expect, it } from 'vitest';
import { findIndicator, type Point } from '../domain/index.ts';
import { summarise } from './summary.ts';
import { targetsInForce } from './target.ts';

const def = findIndicator('rereferrals_12m_pct')!;

function point(
  period: string,
  start: string,
  end: string,
  value: number | null,
  partial = false,
): Point {
  return {
    window: 'quarter',
    period,
    start,
    end,
    value,
    numerator: null,
    denominator: null,
    ...(partial ? { partial: true as const, covers: { start, end: '2025-10-31' } } : {}),
  };
}

const points = [
  point('2024-25 Q4', '2025-01-01', '2025-03-31', 21),
  point('2025-26 Q1', '2025-04-01', '2025-06-30', 19),
  point('2025-26 Q2', '2025-07-01', '2025-09-30', 17),
  point('2025-26 Q3', '2025-10-01', '2025-12-31', 30, true),
];
const targets = [
  {
    indicatorId: def.id,
    financialYear: 2024,
    value: 18,
    tolerance: 2,
    toleranceKind: 'absolute' as const,
  },
  {
    indicatorId: def.id,
    financialYear: 2025,
    value: 16,
    tolerance: 2,
    toleranceKind: 'absolute' as const,
  },
];

describe('summarise(definition, series, targets, window)', () => {
  it('takes the newest whole point as latest and keeps a newer partial one apart', () => {
    const s = summarise(def, { indicatorId: def.id, points }, targets, 'quarter');
    expect(s.latest?.period).toBe('2025-26 Q2');
    expect(s.inProgress?.period).toBe('2025-26 Q3');
    expect(s.recent.map((p) => p.period)).toEqual(['2024-25 Q4', '2025-26 Q1', '2025-26 Q2']);
  });
  it("judges the latest point against its own financial year's target", () => {
    const s = summarise(def, { indicatorId: def.id, points }, targets, 'quarter');
    expect(s.target?.value).toBe(16);
    expect(s.rag).toBe('amber'); // 17 against 16, lower is better, tolerance 2
  });
  it('keeps only the last `count` whole points', () => {
    const s = summarise(def, { indicatorId: def.id, points }, targets, 'quarter', 2);
    expect(s.recent.map((p) => p.period)).toEqual(['2025-26 Q1', '2025-26 Q2']);
  });
  it('has no latest, no target and RAG none without points', () => {
    const s = summarise(def, undefined, targets, 'quarter');
    expect(s).toMatchObject({
      latest: null,
      inProgress: null,
      target: undefined,
      rag: 'none',
      recent: [],
    });
  });
  it('judges against the target set last for the year when it changed mid-year', () => {
    const raised = [...targets, { ...targets[1]!, value: 18 }];
    const s = summarise(def, { indicatorId: def.id, points }, raised, 'quarter');
    expect(s.target?.value).toBe(18);
    expect(s.rag).toBe('green'); // 17 against the new 18, lower is better
  });
  it("applies the council's RAG rule to a target set without a tolerance", () => {
    const setting = { indicatorId: def.id, financialYear: 2025, value: 16 };
    const bare = targetsInForce([{ ...setting, tolerance: null, toleranceKind: null }], []);
    expect(summarise(def, { indicatorId: def.id, points }, bare, 'quarter').rag).toBe('red');
    const rule = { indicatorId: def.id, tolerance: 0.1, toleranceKind: 'relative' as const };
    const ruled = targetsInForce([{ ...setting, tolerance: null, toleranceKind: null }], [rule]);
    expect(summarise(def, { indicatorId: def.id, points }, ruled, 'quarter').rag).toBe('amber');
  });
});
