import { describe, expect, it } from 'vitest';
import { nthWorkingDayAfter } from './assessments-open.ts';
import { assessment, coverage, day, pointFor, pointsOf, recordSet } from './fixture.ts';
import { workingDaysBetween } from './working-days.ts';

const COVERED = coverage('2022-01-01', '2024-12-31');

/** The `assessments_open_over_45wd` point for a month (a snapshot at its last day). */
function monthOf(month: string, ...assessments: ReturnType<typeof assessment>[]) {
  return pointFor(recordSet({ assessments }), 'assessments_open_over_45wd', COVERED, month);
}

/** [month, start 46 working days before its last day, start 45 before] across bank holidays. */
const EDGES: [string, string, string, string][] = [
  // to Tue 30 Apr 2024 from Thu 22 Feb: 23 Feb 1, 26-29 Feb 5, March 25 (29 Mar Good Friday)
  // 30, 1 Apr Easter Monday, 2-26 Apr 44, 29-30 Apr 46
  ['Easter 2024', '2024-04', '2024-02-22', '2024-02-23'],
  // to Wed 31 Jan 2024 from Thu 23 Nov 2023: 24-30 Nov 5, 1-22 Dec 21, 25-26 Dec holidays,
  // 27-29 Dec 24, 1 Jan holiday, 2-26 Jan 43, 29-31 Jan 46
  ['Christmas 2023', '2024-01', '2023-11-23', '2023-11-24'],
  // to Fri 30 Jun 2023 from Mon 24 Apr: 25-28 Apr 4, 1 May holiday, 2-5 May 8, 8 May
  // Coronation, 9-26 May 22, 29 May holiday, 30-31 May 24, June 22 more: 46
  ['the Coronation', '2023-06', '2023-04-24', '2023-04-25'],
  // to Fri 30 Sep 2022 from Tue 26 Jul: 27-29 Jul 3, August 22 (29 Aug holiday) 25,
  // September 21 (19 Sep State Funeral) 46
  ['the State Funeral', '2022-09', '2022-07-26', '2022-07-27'],
];

describe('computeSeries: assessments_open_over_45wd', () => {
  for (const [across, month, over, within] of EDGES) {
    it(`counts an open assessment at 46 working days and not at 45, across ${across}`, () => {
      const end = pointFor(recordSet({}), 'contacts', COVERED, month)!.end;
      expect(workingDaysBetween(day(over), day(end))).toBe(46);
      expect(workingDaysBetween(day(within), day(end))).toBe(45);
      const point = monthOf(month, assessment('A', over, null), assessment('B', within, null));
      expect(point).toMatchObject({ value: 1, numerator: 1, denominator: null });
    });
  }

  it("counts only assessments still open at the window's end", () => {
    const point = monthOf(
      '2024-04',
      assessment('A', '2024-02-22', null),
      assessment('B', '2024-02-22', '2024-04-30'), // authorised on the end date: not open
      assessment('C', '2024-02-22', '2024-05-01'), // authorised the day after: open
      assessment('D', '2024-02-22', '2024-04-15'),
      assessment('E', '2024-05-01', null), // not started yet
      assessment('F', '2023-01-02', null), // long open
    );
    expect(point?.value).toBe(3);
  });

  it('evaluates a partial window at its covered end', () => {
    // As at Fri 26 Apr 2024: Thu 22 Feb is 44 working days before it, Fri 16 Feb 50
    const records = recordSet({
      assessments: [assessment('A', '2024-02-22', null), assessment('B', '2024-02-16', null)],
    });
    const [april] = pointsOf(
      records,
      'assessments_open_over_45wd',
      coverage('2024-04-01', '2024-04-26'),
    );
    expect(april).toMatchObject({ partial: true, value: 1 });
  });

  it('gives 0, not null, when nothing is open', () => {
    expect(monthOf('2024-04')).toMatchObject({ value: 0, numerator: 0, denominator: null });
  });
});

describe('nthWorkingDayAfter(a, n)', () => {
  it('finds the first day n working days after a, over weekends and holidays', () => {
    // Thu 28 Mar 2024: Good Friday, the weekend and Easter Monday, then Tue 2 Apr
    expect(nthWorkingDayAfter(day('2024-03-28'), 1)).toBe(day('2024-04-02'));
    expect(nthWorkingDayAfter(day('2024-02-19'), 45)).toBe(day('2024-04-24'));
    expect(nthWorkingDayAfter(day('2024-02-17'), 1)).toBe(day('2024-02-19')); // from a Saturday
    for (let a = day('2022-01-01'); a < day('2024-12-31'); a += 5) {
      const found = nthWorkingDayAfter(a, 46);
      expect(workingDaysBetween(a, found)).toBe(46);
      expect(workingDaysBetween(a, found - 1)).toBe(45);
    }
  });
});
