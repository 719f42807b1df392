import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition, Point } from '../domain/index.ts';
import { directionOf, travelOf } from './direction.ts';

function def(unit: IndicatorDefinition['unit'], polarity: IndicatorDefinition['polarity']) {
  return {
    id: 'x',
    title: 'X',
    description: 'X',
    unit,
    polarity,
    kind: 'flow',
    source: 'child-level',
    basis: 'local',
  } satisfies IndicatorDefinition;
}

const pctHigher = def('percent', 'higher_is_better');
const pctLower = def('percent', 'lower_is_better');
const countNeutral = def('count', 'neutral');

describe('directionOf', () => {
  it('follows polarity, with percentages similar within 1 percentage point', () => {
    expect(directionOf(80, 78.9, pctHigher)).toBe('better');
    expect(directionOf(80, 79, pctHigher)).toBe('similar'); // exactly 1 point: similar
    expect(directionOf(80, 81.1, pctHigher)).toBe('worse');
    expect(directionOf(80, 78.9, pctLower)).toBe('worse');
    expect(directionOf(20, 22, pctLower)).toBe('better');
  });

  it('treats other figures as similar within 2% of the earlier figure', () => {
    expect(directionOf(102, 100, countNeutral)).toBe('similar');
    expect(directionOf(103, 100, countNeutral)).toBe('up');
    expect(directionOf(97, 100, countNeutral)).toBe('down');
  });

  it('takes a council’s own band, and gives no comparison without both figures', () => {
    expect(directionOf(84, 80, pctHigher, { absolute: 5 })).toBe('similar');
    expect(directionOf(null, 80, pctHigher)).toBe('no_comparison');
    expect(directionOf(80, null, pctHigher)).toBe('no_comparison');
  });
});

function quarter(period: string, start: string, end: string, value: number | null): Point {
  return { window: 'quarter', period, start, end, value, numerator: null, denominator: null };
}

describe('travelOf', () => {
  const q = [
    quarter('2023-24 Q1', '2023-04-01', '2023-06-30', 70),
    quarter('2023-24 Q2', '2023-07-01', '2023-09-30', 75),
    quarter('2023-24 Q3', '2023-10-01', '2023-12-31', 80),
    quarter('2023-24 Q4', '2024-01-01', '2024-03-31', 82),
    quarter('2024-25 Q1', '2024-04-01', '2024-06-30', 81.5),
  ];

  it('compares with the previous period and the same period last year', () => {
    const travel = travelOf(q[4]!, q, pctHigher);
    expect(travel.previous).toEqual({ point: q[3], direction: 'similar' });
    expect(travel.lastYear).toEqual({ point: q[0], direction: 'better' });
  });

  it('has no comparison for the first point, and never compares with a partial point', () => {
    expect(travelOf(q[0]!, q, pctHigher).previous.direction).toBe('no_comparison');
    const partial = { ...q[3]!, partial: true as const };
    const travel = travelOf(q[4]!, [...q.slice(0, 3), partial, q[4]!], pctHigher);
    expect(travel.previous.point).toBe(q[2]);
  });
});
