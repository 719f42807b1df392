import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, ymd } from '../domain/index.ts';
import { ageAt, civilMonthsLater, ukDate } from './dates.ts';

describe('civilMonthsLater(year, month, dom, months)', () => {
  it('keeps the day of the month, or falls back to the month end, as addMonths does', () => {
    expect(civilMonthsLater(2024, 1, 31, 1)).toBe(dayOf(2024, 2, 29));
    expect(civilMonthsLater(2024, 2, 29, 12)).toBe(dayOf(2025, 2, 28));
    expect(civilMonthsLater(2024, 3, 15, -12)).toBe(dayOf(2023, 3, 15));
    for (let day = dayOf(2010, 1, 1); day < dayOf(2030, 1, 1); day += 29) {
      const [y, m, d] = ymd(day);
      expect(civilMonthsLater(y, m, d, -12)).toBe(addMonths(day, -12));
      expect(civilMonthsLater(y, m, d, 210)).toBe(addMonths(day, 210));
    }
  });
});

describe('ageAt(birth, day)', () => {
  it('turns a year older on the birthday', () => {
    expect(ageAt(dayOf(2010, 6, 15), dayOf(2024, 6, 14))).toBe(13);
    expect(ageAt(dayOf(2010, 6, 15), dayOf(2024, 6, 15))).toBe(14);
  });
});

describe('ukDate(day)', () => {
  it('writes dd/mm/yyyy', () => {
    expect(ukDate(dayOf(2024, 3, 5))).toBe('05/03/2024');
    expect(ukDate(dayOf(2026, 12, 31))).toBe('31/12/2026');
  });
});
