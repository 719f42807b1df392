import { describe, expect, it } from 'vitest';
import { coverage, plan, pointFor, recordSet } from './fixture.ts';

const COVERED = coverage('2023-04-01', '2024-06-30');

function openAtEndOf(period: string, ...cpPlans: ReturnType<typeof plan>[]) {
  return pointFor(recordSet({ cpPlans }), 'cpp_open', COVERED, period);
}

describe('computeSeries: cpp_open', () => {
  it('does not count a plan ending on the window end, and counts one ending a day later', () => {
    expect(openAtEndOf('2024-03', plan('A', '2023-06-01', '2024-03-31'))?.value).toBe(0);
    expect(openAtEndOf('2024-03', plan('A', '2023-06-01', '2024-04-01'))?.value).toBe(1);
  });

  it('does not count a plan ending on the as-at date in the last window', () => {
    expect(openAtEndOf('2024-06', plan('A', '2023-06-01', '2024-06-30'))?.value).toBe(0);
    expect(openAtEndOf('2024-06', plan('A', '2023-06-01', '2024-07-01'))?.value).toBe(1);
  });

  it('counts a plan starting on the window end and one with no end date', () => {
    const point = openAtEndOf(
      '2024-03',
      plan('A', '2024-03-31', null),
      plan('B', '2023-06-01', null),
    );
    expect(point).toMatchObject({ value: 2, numerator: 2, denominator: null });
  });

  it('counts a plan that started before the data start', () => {
    expect(openAtEndOf('2023-04', plan('A', '2020-01-01', null))?.value).toBe(1);
  });

  it('counts plans, not children: two plans of one child count twice', () => {
    const point = openAtEndOf(
      '2024-03',
      plan('A', '2023-06-01', null),
      plan('A', '2024-01-01', null),
    );
    expect(point?.value).toBe(2);
  });

  it('does not count a plan starting after the window end', () => {
    expect(openAtEndOf('2024-03', plan('A', '2024-04-01', null))?.value).toBe(0);
  });
});
