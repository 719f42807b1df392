import { describe, expect, it } from 'vitest';
import { dayOf } from '../domain/index.ts';
import { addWorkingDays, isBankHoliday, nextWorkingDay, workingDaysBetween } from './calendar.ts';

describe('isBankHoliday(day)', () => {
  it('knows the usual and the one-off holidays', () => {
    expect(isBankHoliday(dayOf(2024, 12, 25))).toBe(true);
    expect(isBankHoliday(dayOf(2026, 12, 28))).toBe(true); // Boxing Day substitute
    expect(isBankHoliday(dayOf(2022, 9, 19))).toBe(true); // State Funeral
    expect(isBankHoliday(dayOf(2020, 5, 8))).toBe(true); // early May moved to Friday
  });

  it('leaves out the days that were moved', () => {
    expect(isBankHoliday(dayOf(2020, 5, 4))).toBe(false);
    expect(isBankHoliday(dayOf(2022, 5, 30))).toBe(false);
    expect(isBankHoliday(dayOf(2024, 12, 24))).toBe(false);
  });
});

describe('workingDaysBetween(a, b)', () => {
  it('is 0 on the same day and 1 from Friday to Monday', () => {
    expect(workingDaysBetween(dayOf(2024, 6, 5), dayOf(2024, 6, 5))).toBe(0);
    expect(workingDaysBetween(dayOf(2024, 6, 7), dayOf(2024, 6, 10))).toBe(1);
  });

  it('skips bank holidays: Tuesday 24 to Friday 27 December 2024 is 1', () => {
    expect(workingDaysBetween(dayOf(2024, 12, 24), dayOf(2024, 12, 27))).toBe(1);
  });
});

describe('addWorkingDays(day, n)', () => {
  it('counts forward over a weekend and Christmas: Friday 20 December 2024 + 3 is 27 December', () => {
    expect(addWorkingDays(dayOf(2024, 12, 20), 3)).toBe(dayOf(2024, 12, 27));
    expect(addWorkingDays(dayOf(2024, 12, 20), 0)).toBe(dayOf(2024, 12, 20));
  });

  it('nextWorkingDay(day) moves Easter Saturday 2025 on to Tuesday 22 April', () => {
    expect(nextWorkingDay(dayOf(2025, 4, 19))).toBe(dayOf(2025, 4, 22));
  });
});
