import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  dayOf,
  daysInMonth,
  financialYearLabel,
  financialYearOf,
  financialYearStart,
  isoDay,
  parseIsoDay,
  ukDay,
  weekday,
  ymd,
} from './day.ts';

describe('dayOf(year, month, dom) and ymd(day)', () => {
  it('counts days from 1970-01-01 and reads them back', () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(1970, 2, 1)).toBe(31);
    expect(dayOf(1969, 12, 31)).toBe(-1);
    expect(ymd(dayOf(2024, 2, 29))).toEqual([2024, 2, 29]);
  });

  it('reads years 0-99 as written, not as 1900-1999', () => {
    expect(ymd(dayOf(24, 5, 1))).toEqual([24, 5, 1]);
    expect(dayOf(1924, 5, 1) - dayOf(24, 5, 1)).toBe(1900 * 365 + 460); // 460 leap days between
  });
});

describe('parseIsoDay(text) and isoDay(day)', () => {
  it('round-trips real dates', () => {
    expect(isoDay(parseIsoDay('2024-02-29')!)).toBe('2024-02-29');
    expect(isoDay(dayOf(1999, 12, 31))).toBe('1999-12-31');
  });

  it('round-trips years before 100', () => {
    expect(isoDay(parseIsoDay('0024-05-01')!)).toBe('0024-05-01');
  });

  it('rejects dates that do not exist and other shapes', () => {
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-13-01')).toBeNull();
    expect(parseIsoDay('2024-04-31')).toBeNull();
    expect(parseIsoDay('01/04/2024')).toBeNull();
    expect(parseIsoDay('2024-4-1')).toBeNull();
  });
});

describe('ukDay(day)', () => {
  it('writes dd/mm/yyyy', () => {
    expect(ukDay(dayOf(2024, 4, 1))).toBe('01/04/2024');
  });
});

describe('daysInMonth(year, month) and weekday(day)', () => {
  it('knows leap years, including the century rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(0, 2)).toBe(29); // year 0 is divisible by 400
    expect(daysInMonth(2024, 12)).toBe(31);
    expect(daysInMonth(2024, 4)).toBe(30);
  });

  it('gives 0 for Sunday to 6 for Saturday, before and after 1970', () => {
    expect(weekday(dayOf(1970, 1, 1))).toBe(4); // Thursday
    expect(weekday(dayOf(2024, 2, 29))).toBe(4); // Thursday
    expect(weekday(dayOf(2024, 3, 31))).toBe(0); // Sunday
    expect(weekday(dayOf(1969, 12, 27))).toBe(6); // Saturday
  });
});

describe('addMonths(day, months) and addYears(day, years)', () => {
  it('keeps the day of the month', () => {
    expect(isoDay(addMonths(dayOf(2024, 5, 10), -12))).toBe('2023-05-10');
    expect(isoDay(addMonths(dayOf(2024, 11, 15), 3))).toBe('2025-02-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(isoDay(addMonths(dayOf(2024, 2, 29), -12))).toBe('2023-02-28');
    expect(isoDay(addMonths(dayOf(2024, 3, 31), -1))).toBe('2024-02-29');
    expect(isoDay(addMonths(dayOf(2023, 1, 31), 1))).toBe('2023-02-28');
    expect(isoDay(addYears(dayOf(2024, 2, 29), 2))).toBe('2026-02-28');
  });

  it('crosses year ends both ways', () => {
    expect(isoDay(addMonths(dayOf(2024, 1, 15), -1))).toBe('2023-12-15');
    expect(isoDay(addMonths(dayOf(2023, 12, 15), 1))).toBe('2024-01-15');
  });
});

describe('financial years', () => {
  it('starts on 1 April', () => {
    expect(isoDay(financialYearStart(dayOf(2025, 3, 31)))).toBe('2024-04-01');
    expect(isoDay(financialYearStart(dayOf(2025, 4, 1)))).toBe('2025-04-01');
    expect(financialYearOf(dayOf(2025, 1, 10))).toBe(2024);
  });

  it('labels a year by its two calendar years', () => {
    expect(financialYearLabel(2024)).toBe('2024-25');
    expect(financialYearLabel(2099)).toBe('2099-00');
  });
});

describe('dayOf and ymd by integer arithmetic, against a UTC Date', () => {
  const MS_PER_DAY = 86_400_000;
  const dateDayOf = (y: number, m: number, d: number) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date.getTime() / MS_PER_DAY;
  };
  const dateYmd = (day: number) => {
    const d = new Date(day * MS_PER_DAY);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  };

  it('agree with a Date on every day from 1600 to 2400, both ways', () => {
    const wrong: number[] = [];
    for (let day = dateDayOf(1600, 1, 1); day <= dateDayOf(2400, 12, 31); day++) {
      const [y, m, d] = ymd(day);
      const expected = dateYmd(day);
      if (y !== expected[0] || m !== expected[1] || d !== expected[2] || dayOf(y, m, d) !== day)
        wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it('count a month or day beyond its range on, as a Date does', () => {
    for (const [y, m, d] of [
      [2024, 13, 1],
      [2024, 14, 29],
      [2024, 0, 15],
      [2024, -13, 1],
      [2024, 25, 1],
      [2023, 3, 0],
      [2023, 1, -5],
      [2023, 2, 31],
      [0, 1, 1],
      [99, 12, 31],
      [-1, 6, 30],
    ] as const) {
      expect(dayOf(y, m, d)).toBe(dateDayOf(y, m, d));
    }
  });

  it("give NaN beyond a Date's range, and read a fraction of a day as within it", () => {
    expect(ymd(100_000_000)).toEqual(dateYmd(100_000_000));
    expect(ymd(-100_000_000)).toEqual(dateYmd(-100_000_000));
    expect(ymd(100_000_001)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(ymd(Number.NaN)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(dayOf(275_761, 1, 1)).toBeNaN();
    expect(ymd(19_000.5)).toEqual(dateYmd(19_000.5));
    expect(ymd(-0.25)).toEqual(dateYmd(-0.25));
  });
});

describe('addMonths at the offsets the engine uses', () => {
  it('gives the last day of a shorter month: 29 February + 2 years, 30 November + 15 months', () => {
    expect(isoDay(addMonths(dayOf(2020, 2, 29), 24))).toBe('2022-02-28');
    expect(isoDay(addMonths(dayOf(2022, 11, 30), 15))).toBe('2024-02-29');
    expect(isoDay(addMonths(dayOf(2024, 2, 29), -24))).toBe('2022-02-28');
  });
});
