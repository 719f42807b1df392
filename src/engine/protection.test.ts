import { describe, expect, it } from 'vitest';
import type { CpPlan, WindowKind } from '../domain/index.ts';
import { coverage, plan, pointFor, recordSet } from './fixture.ts';
import { figureOf, pointOf } from './fixture-care.ts';

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

const WIDE = coverage('2020-01-01', '2025-03-31');

function withPrevious(p: CpPlan, previousPlans: number | null): CpPlan {
  return { ...p, previousPlans };
}

function figure(id: string, period: string, cpPlans: CpPlan[], kind: WindowKind = 'month') {
  return figureOf(recordSet({ cpPlans }), id, WIDE, period, kind);
}

describe('computeSeries: cpp_starts and cpp_ends', () => {
  const plans = [
    plan('A', '2024-04-01', '2024-04-30'),
    plan('B', '2024-04-15', null),
    plan('C', '2024-03-31', '2024-04-01'),
  ];

  it('counts plans starting, and plans ending, on any day of the window, both ends included', () => {
    expect(figure('cpp_starts', '2024-04', plans)).toEqual([2, 2, null]);
    expect(figure('cpp_ends', '2024-04', plans)).toEqual([2, 2, null]);
    expect(figure('cpp_starts', '2024-03', plans)).toEqual([1, 1, null]);
    expect(figure('cpp_ends', '2024-03', plans)).toEqual([0, 0, null]);
  });

  it('never counts a blank end date as an end', () => {
    expect(figure('cpp_ends', '2024-25', plans, 'year')).toEqual([2, 2, null]);
  });

  it('counts exact duplicate rows once', () => {
    const twice = [plan('A', '2024-04-01', '2024-04-30'), plan('A', '2024-04-01', '2024-04-30')];
    expect(figure('cpp_starts', '2024-04', twice)).toEqual([1, 1, null]);
    expect(figure('cpp_ends', '2024-04', twice)).toEqual([1, 1, null]);
    expect(figure('cpp_open', '2024-04', twice)).toEqual([0, 0, null]);
  });

  it('reads two rows of one child and start date as one plan, the last winning, blanks included', () => {
    const rows = [plan('A', '2024-04-01', '2024-05-10'), plan('A', '2024-04-01', null)];
    expect(figure('cpp_ends', '2024-05', rows)).toEqual([0, 0, null]);
    expect(figure('cpp_open', '2024-05', rows)).toEqual([1, 1, null]);
    expect(figure('cpp_starts', '2024-04', rows)).toEqual([1, 1, null]);
  });

  it('counts only the covered days of a partial window, and marks it', () => {
    const covered = coverage('2024-04-15', '2024-06-20');
    const records = recordSet({
      cpPlans: [plan('A', '2024-04-10', null), plan('B', '2024-04-20', '2024-06-25')],
    });
    expect(pointOf(records, 'cpp_starts', covered, '2024-04')).toMatchObject({
      value: 1,
      partial: true,
      covers: { start: '2024-04-15', end: '2024-04-30' },
    });
    expect(pointOf(records, 'cpp_ends', covered, '2024-06')?.value).toBe(0);
    expect(pointOf(records, 'cpp_open', covered, '2024-06')?.value).toBe(2);
  });
});

describe('computeSeries: cpp_open at the end of a year', () => {
  it('does not count a plan ending on 31 March, and counts one ending on 1 April', () => {
    expect(figure('cpp_open', '2024-25', [plan('A', '2023-01-01', '2025-03-31')], 'year')).toEqual([
      0,
      0,
      null,
    ]);
    expect(figure('cpp_open', '2024-25', [plan('A', '2023-01-01', '2025-04-01')], 'year')).toEqual([
      1,
      1,
      null,
    ]);
  });
});

describe('computeSeries: cpp_ended_2y_plus_pct', () => {
  it('counts a plan ending exactly 2 years after its start, not one ending a day before', () => {
    const plans = [plan('A', '2022-05-10', '2024-05-10'), plan('B', '2022-05-11', '2024-05-10')];
    expect(figure('cpp_ended_2y_plus_pct', '2024-05', plans)).toEqual([50, 1, 2]);
  });

  it('takes 2 years after 29 February as 28 February', () => {
    const plans = [plan('A', '2020-02-29', '2022-02-28'), plan('B', '2020-02-29', '2022-02-27')];
    expect(figure('cpp_ended_2y_plus_pct', '2022-02', plans)).toEqual([50, 1, 2]);
  });

  it('gives no value, not 0, when no plan ends in the window', () => {
    expect(figure('cpp_ended_2y_plus_pct', '2024-05', [plan('A', '2024-01-01', null)])).toEqual([
      null,
      0,
      0,
    ]);
  });
});

describe('computeSeries: cpp_open_2y_plus_pct and cpp_open_15m_plus', () => {
  it('counts an open plan 2 years old on the window end, not one a day younger', () => {
    const plans = [
      plan('A', '2022-03-31', null),
      plan('B', '2022-04-01', null),
      plan('C', '2022-01-01', '2024-03-31'), // ends on 31 March: not open then
    ];
    expect(figure('cpp_open_2y_plus_pct', '2024-03', plans)).toEqual([50, 1, 2]);
    expect(figure('cpp_open_2y_plus_pct', '2023-24', plans, 'year')).toEqual([50, 1, 2]);
  });

  it('reaches 2 years from 29 February on 28 February', () => {
    expect(figure('cpp_open_2y_plus_pct', '2022-02', [plan('A', '2020-02-29', null)])).toEqual([
      100, 1, 1,
    ]);
    expect(figure('cpp_open_2y_plus_pct', '2022-01', [plan('A', '2020-02-29', null)])).toEqual([
      0, 0, 1,
    ]);
  });

  it('counts plans 15 calendar months old on the window end, the 30th reaching it on 29 February', () => {
    const march = [plan('A', '2022-12-31', null), plan('B', '2023-01-01', null)];
    expect(figure('cpp_open_15m_plus', '2024-03', march)).toEqual([1, 1, null]);
    const february = [plan('A', '2022-11-30', null), plan('B', '2022-12-01', null)];
    expect(figure('cpp_open_15m_plus', '2024-02', february)).toEqual([1, 1, null]);
  });
});

describe('computeSeries: cpp_repeat_pct', () => {
  it('counts an earlier plan anywhere in the data, or previous plans recorded above 0', () => {
    const plans = [
      plan('A', '2023-01-10', '2023-06-01'),
      plan('A', '2024-04-05', null), // second plan of A
      withPrevious(plan('B', '2024-04-10', null), 2), // known only from the column
      withPrevious(plan('C', '2024-04-20', null), 0),
      plan('D', '2024-04-25', null), // blank column: no earlier plan known
      plan('E', '2015-01-01', '2015-09-01'), // before the data start: still history
      plan('E', '2024-04-12', null),
    ];
    expect(figure('cpp_repeat_pct', '2024-04', plans)).toEqual([60, 3, 5]);
    expect(figure('cpp_repeat_pct', '2023-01', plans)).toEqual([0, 0, 1]);
  });

  it('does not take an exact duplicate row for an earlier plan', () => {
    const plans = [plan('A', '2024-04-05', null), plan('A', '2024-04-05', null)];
    expect(figure('cpp_repeat_pct', '2024-04', plans)).toEqual([0, 0, 1]);
  });
});

describe('computeSeries: cpp_repeat_2y_pct', () => {
  it('counts a plan ended 2 years or less before the start, not 2 years and a day', () => {
    const plans = [
      plan('A', '2021-01-01', '2022-04-05'),
      plan('A', '2024-04-05', null), // exactly 2 years after the end
      plan('B', '2021-01-01', '2022-04-04'),
      plan('B', '2024-04-05', null), // 2 years and a day
      plan('C', '2023-01-01', '2024-04-07'),
      plan('C', '2024-04-07', null), // the day the other ended
      plan('D', '2023-01-01', null),
      plan('D', '2024-04-08', null), // the other has not ended
      withPrevious(plan('E', '2024-04-09', null), 3), // previous plans: but when?
    ];
    expect(figure('cpp_repeat_2y_pct', '2024-04', plans)).toEqual([40, 2, 5]);
  });

  it('goes back 2 years from 29 February to 28 February', () => {
    const plans = [
      plan('F', '2021-06-01', '2022-02-28'),
      plan('F', '2024-02-29', null),
      plan('G', '2021-06-01', '2022-02-27'),
      plan('G', '2024-02-29', null),
    ];
    expect(figure('cpp_repeat_2y_pct', '2024-02', plans)).toEqual([50, 1, 2]);
  });
});

describe('computeSeries: cpp_rate_per_10k', () => {
  it('divides plans open at the window end by the population of its financial year', () => {
    const records = recordSet({
      cpPlans: [
        plan('A', '2024-01-01', null),
        plan('B', '2024-02-01', null),
        plan('C', '2024-03-01', null),
      ],
    });
    const population = new Map([[2023, 20_000]]);
    expect(
      pointOf(records, 'cpp_rate_per_10k', WIDE, '2024-03', 'month', population),
    ).toMatchObject({
      value: 1.5,
      numerator: 3,
      denominator: 20_000,
    });
    expect(
      pointOf(records, 'cpp_rate_per_10k', WIDE, '2024-04', 'month', population),
    ).toMatchObject({
      value: null,
      numerator: 3,
      denominator: null,
    });
  });
});
