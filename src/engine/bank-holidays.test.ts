import { describe, expect, it } from 'vitest';
import { isoDay } from '../domain/index.ts';
import { bankHolidays, easterSunday } from './bank-holidays.ts';

/** England and Wales bank holidays as published on gov.uk/bank-holidays. */
const PUBLISHED: Record<number, string[]> = {
  2011: ['01-03', '04-22', '04-25', '04-29', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2012: ['01-02', '04-06', '04-09', '05-07', '06-04', '06-05', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

function isoHolidays(year: number): string[] {
  return bankHolidays(year).map(isoDay);
}

describe('bankHolidays(year)', () => {
  for (const [year, dates] of Object.entries(PUBLISHED)) {
    it(`gives the published England and Wales bank holidays of ${year}`, () => {
      expect(isoHolidays(Number(year))).toEqual(dates.map((md) => `${year}-${md}`));
    });
  }

  it('moves Christmas on a Saturday to Monday 27 and Boxing Day to Tuesday 28 (2021)', () => {
    expect(isoHolidays(2021).slice(-2)).toEqual(['2021-12-27', '2021-12-28']);
  });

  it('keeps Boxing Day on Monday 26 and moves Christmas on a Sunday to Tuesday 27 (2022)', () => {
    expect(isoHolidays(2022).slice(-2)).toEqual(['2022-12-26', '2022-12-27']);
  });

  it('moves Boxing Day on a Saturday to Monday 28 (2026)', () => {
    expect(isoHolidays(2026).slice(-2)).toEqual(['2026-12-25', '2026-12-28']);
  });

  it("moves New Year's Day on a Saturday to Monday 3 and on a Sunday to Monday 2", () => {
    expect(isoHolidays(2022)[0]).toBe('2022-01-03');
    expect(isoHolidays(2023)[0]).toBe('2023-01-02');
  });

  it('drops the late May Monday in 2012 and 2022, and 4 May 2020', () => {
    expect(isoHolidays(2012)).not.toContain('2012-05-28');
    expect(isoHolidays(2022)).not.toContain('2022-05-30');
    expect(isoHolidays(2020)).not.toContain('2020-05-04');
  });

  it('applies the standing rules beyond the published years (2100)', () => {
    // 2100: Jan 1 Fri; Easter Sun 28 Mar; May 3 first Mon; May 31, Aug 30 last Mons; Dec 25 Sat
    expect(isoHolidays(2100)).toEqual([
      '2100-01-01',
      '2100-03-26',
      '2100-03-29',
      '2100-05-03',
      '2100-05-31',
      '2100-08-30',
      '2100-12-27',
      '2100-12-28',
    ]);
  });
});

describe('easterSunday(year)', () => {
  it('gives the Gregorian Easter, including its earliest and latest dates', () => {
    expect(isoDay(easterSunday(2000))).toBe('2000-04-23');
    expect(isoDay(easterSunday(2024))).toBe('2024-03-31');
    expect(isoDay(easterSunday(2038))).toBe('2038-04-25');
    expect(isoDay(easterSunday(2285))).toBe('2285-03-22');
  });
});
