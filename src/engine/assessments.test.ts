import { describe, expect, it } from 'vitest';
import { assessment, coverage, pointFor, recordSet } from './fixture.ts';

const COVERED = coverage('2022-01-01', '2024-12-31');

/** The `assessments_within_45wd_pct` point for the month of the authorisations. */
function monthOf(month: string, ...assessments: ReturnType<typeof assessment>[]) {
  return pointFor(recordSet({ assessments }), 'assessments_within_45wd_pct', COVERED, month);
}

describe('computeSeries: assessments_within_45wd_pct', () => {
  it('counts exactly 45 working days and not 46', () => {
    // Mon 2 Sep 2024 -> Mon 4 Nov 2024 is 9 whole weeks with no bank holiday: 45; Tue 5 Nov: 46
    const point = monthOf(
      '2024-11',
      assessment('A', '2024-09-02', '2024-11-04'),
      assessment('B', '2024-09-02', '2024-11-05'),
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });

  it('skips Christmas 2023 and New Year 2024 in the duration', () => {
    // Mon 20 Nov 2023: 21-24 Nov 4, then 5 a week to Fri 22 Dec = 24; 25, 26 Dec holidays,
    // 27-29 Dec = 27; 1 Jan holiday, 2-5 Jan = 31; 8-12 = 36; 15-19 = 41; 22, 23, 24, 25 Jan = 45
    const point = monthOf(
      '2024-01',
      assessment('A', '2023-11-20', '2024-01-25'),
      assessment('B', '2023-11-20', '2024-01-26'),
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('skips Easter 2024 in the duration', () => {
    // Mon 19 Feb 2024: 20-23 Feb 4, to Fri 22 Mar = 24; 25-28 Mar = 28; 29 Mar Good Friday,
    // 1 Apr Easter Monday; 2-5 Apr = 32; 8-12 = 37; 15-19 = 42; 22, 23, 24 Apr = 45
    const point = monthOf(
      '2024-04',
      assessment('A', '2024-02-19', '2024-04-24'),
      assessment('B', '2024-02-19', '2024-04-25'),
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('skips the State Funeral of 19 September 2022 in the duration', () => {
    // Mon 1 Aug 2022: 2-5 Aug 4, to Fri 26 Aug = 19; 29 Aug holiday; 30 Aug-2 Sep = 23;
    // 5-9 = 28; 12-16 = 33; 19 Sep State Funeral; 20-23 = 37; 26-30 = 42; 3, 4, 5 Oct = 45
    const point = monthOf(
      '2022-10',
      assessment('A', '2022-08-01', '2022-10-05'),
      assessment('B', '2022-08-01', '2022-10-06'),
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('skips the Coronation of 8 May 2023 in the duration', () => {
    // Mon 3 Apr 2023: 4-6 Apr 3; 7 Apr Good Friday, 10 Apr Easter Monday; 11-14 = 7; 17-21 = 12;
    // 24-28 = 17; 1 May holiday; 2-5 = 21; 8 May Coronation; 9-12 = 25; 15-19 = 30; 22-26 = 35;
    // 29 May holiday; 30 May-2 Jun = 39; 5-9 Jun = 44; Mon 12 Jun = 45
    const point = monthOf(
      '2023-06',
      assessment('A', '2023-04-03', '2023-06-12'),
      assessment('B', '2023-04-03', '2023-06-13'),
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('counts a same-day authorisation (0) as within; one before the start (a date error) as not', () => {
    const point = monthOf(
      '2024-03',
      assessment('A', '2024-03-05', '2024-03-05'),
      assessment('B', '2024-06-01', '2024-03-06'),
      assessment('C', '2024-03-11', '2024-03-09'), // a Saturday before a Monday: 0 working days
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('leaves assessments not yet authorised out of the denominator', () => {
    const point = monthOf(
      '2024-03',
      assessment('A', '2024-03-01', '2024-03-04'),
      assessment('B', '2024-03-01', null),
    );
    expect(point).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('gives a null value, not 0, when nothing was authorised in the window', () => {
    const point = monthOf('2024-03', assessment('A', '2024-03-01', null));
    expect(point).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });
});

describe('computeSeries: assessments_completed', () => {
  it('counts assessments authorised in the window, by authorisation date, blanks left out', () => {
    const records = recordSet({
      assessments: [
        assessment('A', '2024-02-01', '2024-02-29'), // 29 February, last day of the month
        assessment('B', '2024-01-20', '2024-02-01'),
        assessment('C', '2024-02-10', '2024-03-01'),
        assessment('D', '2024-01-31', '2024-01-31'),
        assessment('E', '2024-02-05', null),
      ],
    });
    expect(pointFor(records, 'assessments_completed', COVERED, '2024-02')).toMatchObject({
      value: 2,
      numerator: 2,
      denominator: null,
    });
  });
});
