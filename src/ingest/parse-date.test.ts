import { describe, expect, it } from 'vitest';
import { dayOf, daysInMonth, isoDay, ukDay } from '../domain/index.ts';
import { parseDate } from './parse-date.ts';

// Hand-worked: 2024-01-01 is 54 years and 13 leap days after 1970-01-01 = 19723 days;
// 1 April 2024 is 31 + 29 + 31 = 91 days later.
const APRIL_1_2024 = 19_814;
// 1900-01-01 is 70 years and 17 leap days (1904..1968) before 1970-01-01.
const JAN_1_1900 = -25_567;

describe('parseDate(text)', () => {
  it('reads dd/mm/yyyy and d/m/yyyy, with /, - or . between', () => {
    expect(parseDate('01/04/2024')).toBe(APRIL_1_2024);
    expect(parseDate('1/4/2024')).toBe(APRIL_1_2024);
    expect(parseDate('01-04-2024')).toBe(APRIL_1_2024);
    expect(parseDate('1.4.2024')).toBe(APRIL_1_2024);
    expect(parseDate('31/03/2024')).toBe(APRIL_1_2024 - 1);
  });

  it('reads ISO yyyy-mm-dd, also with a time after it', () => {
    expect(parseDate('2024-04-01')).toBe(APRIL_1_2024);
    expect(parseDate('2024-04-01T00:00:00Z')).toBe(APRIL_1_2024);
    expect(parseDate('2024-04-01 13:45:10.5')).toBe(APRIL_1_2024);
    expect(parseDate('2024-04-01T00:00:00+01:00')).toBe(APRIL_1_2024);
    expect(parseDate('01/04/2024 00:00')).toBe(APRIL_1_2024);
  });

  it('reads Excel serial numbers in the 1900 system, fraction of a day dropped', () => {
    expect(parseDate('45383')).toBe(APRIL_1_2024);
    expect(parseDate('45383.75')).toBe(APRIL_1_2024);
    expect(parseDate('1')).toBe(JAN_1_1900);
    expect(parseDate('59')).toBe(JAN_1_1900 + 58); // 28 Feb 1900
    expect(parseDate('61')).toBe(JAN_1_1900 + 59); // 1 Mar 1900: Excel's 60 is a fake 29 Feb
  });

  it("rejects Excel's fake 29 February 1900 and days that do not exist", () => {
    expect(parseDate('60')).toBe('excel-leap-day');
    expect(parseDate('31/02/2024')).toBe('no-such-day');
    expect(parseDate('29/02/2023')).toBe('no-such-day');
    expect(parseDate('2024-13-01')).toBe('no-such-day');
    expect(parseDate('00/04/2024')).toBe('no-such-day');
    expect(parseDate('29/02/2024')).toBe(APRIL_1_2024 - 32);
  });

  it('rejects what is not a date, formulas included, without evaluating anything', () => {
    for (const text of [
      'tomorrow',
      '01/04/24',
      '2024/04',
      '01/04-2024',
      '001/04/2024',
      '0',
      '20240401',
      '=DATE(2024,4,1)',
      '+45383',
      '-45383',
      '@45383',
      '01/04/2024 noon',
      '0099-01-01',
    ]) {
      expect(parseDate(text), text).toBe('not-a-date');
    }
  });

  it('reads ten characters with slashes at 3 and 6 as a date only when the rest are digits', () => {
    for (const text of ['0a/04/2024', '01/0x/2024', '01/04/20 4', '01/04/-024', '01/04/0999']) {
      expect(parseDate(text), text).toBe('not-a-date');
    }
    expect(parseDate('31/04/2024')).toBe('no-such-day');
    expect(parseDate('00/00/0000')).toBe('not-a-date');
  });

  it('agrees with the domain calendar on every day from 1899 to 2101', () => {
    for (let day = JAN_1_1900 - 1; day <= 47_847; day++) {
      if (parseDate(isoDay(day)) !== day || parseDate(ukDay(day)) !== day) {
        expect([isoDay(day), parseDate(isoDay(day)), parseDate(ukDay(day))]).toEqual([
          isoDay(day),
          day,
          day,
        ]);
      }
    }
  });
});

describe('parseDate(dd/mm/yyyy), around the years it looks up in a table', () => {
  it('gives dayOf for every day of 1899 to 2101, and no day for the 29th, 30th and 31st that are not', () => {
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let dom = 1; dom <= 31; dom++) {
          const text = `${String(dom).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
          const expected =
            dom <= daysInMonth(year, month) ? dayOf(year, month, dom) : 'no-such-day';
          if (parseDate(text) !== expected) expect(parseDate(text), text).toBe(expected);
        }
      }
    }
    expect(parseDate('29/02/1900')).toBe('no-such-day');
    expect(parseDate('29/02/2000')).toBe(dayOf(2000, 2, 29));
  });
});
