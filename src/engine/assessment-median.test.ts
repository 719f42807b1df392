import { describe, expect, it } from 'vitest';
import { assessment, coverage, day, pointFor, pointsOf, recordSet } from './fixture.ts';
import { workingDaysBetween } from './working-days.ts';

const COVERED = coverage('2022-01-01', '2024-12-31');

/** The `assessment_median_wd` point for a month. */
function monthOf(month: string, ...assessments: ReturnType<typeof assessment>[]) {
  return pointFor(recordSet({ assessments }), 'assessment_median_wd', COVERED, month);
}

// Authorised in April 2024, with their working-day durations:
const APRIL = [
  assessment('A', '2024-04-02', '2024-04-02'), // same day: 0
  // Thu 28 Mar to Tue 2 Apr: Good Friday, the weekend and Easter Monday skipped: 1
  assessment('B', '2024-03-28', '2024-04-02'),
  assessment('C', '2024-04-08', '2024-04-15'), // Monday to Monday: 5
  // Mon 19 Feb to Wed 24 Apr, Easter skipped: 45
  assessment('D', '2024-02-19', '2024-04-24'),
];

describe('computeSeries: assessment_median_wd', () => {
  it('has hand-worked durations', () => {
    const durations = APRIL.map((a) => workingDaysBetween(a.startDate, a.authorisedDate!));
    expect(durations).toEqual([0, 1, 5, 45]);
  });

  it('takes the mean of the two middle durations of an even count', () => {
    // 0, 1, 5, 45: (1 + 5) / 2
    expect(monthOf('2024-04', ...APRIL)).toEqual(
      expect.objectContaining({ value: 3, numerator: null, denominator: 4 }),
    );
  });

  it('takes the middle duration of an odd count', () => {
    // Mon 22 Apr to Tue 30 Apr: 6; 0, 1, 5, 6, 45
    const point = monthOf('2024-04', ...APRIL, assessment('E', '2024-04-22', '2024-04-30'));
    expect(point).toMatchObject({ value: 5, denominator: 5 });
  });

  it('gives a half when the two middle durations differ by one', () => {
    const point = monthOf(
      '2024-04',
      assessment('A', '2024-04-08', '2024-04-11'),
      assessment('B', '2024-04-08', '2024-04-12'),
    );
    expect(point).toMatchObject({ value: 3.5, denominator: 2 });
  });

  it('counts repeated durations at their rank', () => {
    const point = monthOf(
      '2024-04',
      assessment('A', '2024-04-08', '2024-04-15'),
      assessment('B', '2024-04-08', '2024-04-15'),
      assessment('C', '2024-04-09', '2024-04-16'),
      assessment('D', '2024-04-02', '2024-04-26'),
    );
    // 5, 5, 5, 18
    expect(point).toMatchObject({ value: 5, denominator: 4 });
  });

  it('leaves out assessments authorised outside the window or not at all', () => {
    const point = monthOf(
      '2024-04',
      ...APRIL,
      assessment('X', '2024-03-01', '2024-03-31'),
      assessment('Y', '2024-04-01', '2024-05-01'),
      assessment('Z', '2024-04-01', null),
    );
    expect(point).toMatchObject({ value: 3, denominator: 4 });
  });

  it('counts an authorisation before the start (bad data) as 0', () => {
    const point = monthOf('2024-04', assessment('A', '2024-06-01', '2024-04-10'));
    expect(point).toMatchObject({ value: 0, denominator: 1 });
  });

  it('counts from 29 February 2024', () => {
    // Thu 29 Feb to Mon 4 Mar: Fri 1 and Mon 4: 2
    const point = monthOf('2024-03', assessment('A', '2024-02-29', '2024-03-04'));
    expect(point).toMatchObject({ value: 2, denominator: 1 });
    expect(workingDaysBetween(day('2024-02-29'), day('2024-03-04'))).toBe(2);
  });

  it('gives null, not 0, for a window with nothing authorised', () => {
    expect(monthOf('2024-05', ...APRIL)).toEqual(
      expect.objectContaining({ value: null, numerator: null, denominator: 0 }),
    );
  });

  it('takes the median over a whole quarter, and a partial window over its covered days', () => {
    const records = recordSet({
      assessments: [
        ...APRIL,
        assessment('E', '2024-05-01', '2024-05-31'), // 20 (6 and 27 May holidays)
        assessment('F', '2024-06-03', '2024-06-28'), // 19
      ],
    });
    const quarter = pointFor(records, 'assessment_median_wd', COVERED, '2024-25 Q1', 'quarter');
    // 0, 1, 5, 19, 20, 45
    expect(quarter).toMatchObject({ value: 12, denominator: 6 });
    const partly = coverage('2024-04-03', '2024-05-31');
    const [april, may] = pointsOf(records, 'assessment_median_wd', partly);
    // April from the 3rd: 5, 45; May whole: 20
    expect(april).toMatchObject({ partial: true, value: 25, denominator: 2 });
    expect(may).toMatchObject({ value: 20, denominator: 1 });
    expect(may?.partial).toBeUndefined();
  });
});
