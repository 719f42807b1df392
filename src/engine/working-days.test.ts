import { describe, expect, it } from 'vitest';
import { day } from './fixture.ts';
import { isBankHoliday, isWorkingDay, workingDaysBetween } from './working-days.ts';

function between(a: string, b: string): number {
  return workingDaysBetween(day(a), day(b));
}

describe('workingDaysBetween(a, b)', () => {
  it('is 0 for the same day', () => {
    expect(between('2024-05-15', '2024-05-15')).toBe(0);
  });

  it('is 1 from a Friday to the next Monday', () => {
    expect(between('2024-05-10', '2024-05-13')).toBe(1);
  });

  it('counts no weekend days', () => {
    expect(between('2024-05-11', '2024-05-12')).toBe(0); // Sat to Sun
    expect(between('2024-05-11', '2024-05-13')).toBe(1); // Sat to Mon
    expect(between('2024-05-13', '2024-05-20')).toBe(5); // Mon to Mon
  });

  it('skips Good Friday and Easter Monday 2024', () => {
    // Thu 28 Mar -> Tue 2 Apr: 29 Good Friday, 30-31 weekend, 1 Apr Easter Monday, 2 Apr = 1
    expect(between('2024-03-28', '2024-04-02')).toBe(1);
  });

  it('skips Christmas 2023 and New Year 2024', () => {
    // Fri 22 Dec -> Wed 3 Jan: 25, 26 Dec and 1 Jan holidays; 27, 28, 29 Dec, 2, 3 Jan = 5
    expect(between('2023-12-22', '2024-01-03')).toBe(5);
  });

  it('skips the State Funeral on 19 September 2022', () => {
    // Fri 16 Sep -> Tue 20 Sep: 17-18 weekend, 19 State Funeral, 20 = 1
    expect(between('2022-09-16', '2022-09-20')).toBe(1);
  });

  it('skips the early May holiday and the Coronation on 8 May 2023', () => {
    // Fri 28 Apr -> Fri 12 May: 1 May holiday, 2-5 May = 4, 8 May Coronation, 9-12 May = 4
    expect(between('2023-04-28', '2023-05-12')).toBe(8);
  });

  it('is negative, by the same count, when b is before a', () => {
    expect(between('2024-05-13', '2024-05-10')).toBe(-1);
  });

  it('counts correctly before the precomputed range (1989 into 1990)', () => {
    // Fri 29 Dec 1989 -> Tue 2 Jan 1990: 30-31 weekend, 1 Jan 1990 (Mon) holiday, 2 Jan = 1
    expect(between('1989-12-29', '1990-01-02')).toBe(1);
    // Fri 22 Dec 1989 -> Fri 29 Dec 1989: 25, 26 Dec (Mon, Tue) holidays; 27, 28, 29 = 3
    expect(between('1989-12-22', '1989-12-29')).toBe(3);
  });

  it('counts correctly after the precomputed range (2100 into 2101)', () => {
    // Fri 31 Dec 2100 -> Tue 4 Jan 2101: 1 Jan is Saturday, so Mon 3 Jan is the holiday; 4 Jan = 1
    expect(between('2100-12-31', '2101-01-04')).toBe(1);
    // Mon 3 Jan 2101 -> Mon 10 Jan 2101: 4-7 Jan and 10 Jan = 5
    expect(between('2101-01-03', '2101-01-10')).toBe(5);
  });

  it('agrees with counting day by day across the edges of the precomputed range', () => {
    for (const [a, b] of [
      ['1985-03-01', '1995-06-30'],
      ['2095-01-01', '2105-12-31'],
    ] as const) {
      let count = 0;
      for (let d = day(a) + 1; d <= day(b); d++) if (isWorkingDay(d)) count += 1;
      expect(between(a, b)).toBe(count);
    }
  });
});

describe('isBankHoliday(day) and isWorkingDay(day)', () => {
  it('knows the holidays and the working days around them', () => {
    expect(isBankHoliday(day('2023-05-08'))).toBe(true);
    expect(isWorkingDay(day('2023-05-08'))).toBe(false);
    expect(isBankHoliday(day('2023-05-09'))).toBe(false);
    expect(isWorkingDay(day('2023-05-09'))).toBe(true);
  });

  it('does not count weekends as holidays or as working days', () => {
    expect(isBankHoliday(day('2021-12-25'))).toBe(false); // Saturday: the holiday is on the 27th
    expect(isWorkingDay(day('2021-12-25'))).toBe(false);
    expect(isBankHoliday(day('2021-12-27'))).toBe(true);
  });

  it('answers outside the precomputed range', () => {
    expect(isBankHoliday(day('2101-01-03'))).toBe(true);
    expect(isWorkingDay(day('1989-12-26'))).toBe(false);
    expect(isWorkingDay(day('1989-12-27'))).toBe(true);
  });
});
