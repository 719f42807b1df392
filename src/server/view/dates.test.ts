import { describe, expect, it } from 'vitest';
import { dateRange, longDate } from './dates.ts';

describe('longDate(iso)', () => {
  it('writes the day, the month in full and the year', () => {
    expect(longDate('2026-10-31')).toBe('31 October 2026');
    expect(longDate('2027-03-01')).toBe('1 March 2027');
  });
});

describe('dateRange(start, end)', () => {
  it('gives the year once when both days share it', () => {
    expect(dateRange('2026-10-01', '2026-10-31')).toBe('1 Oct to 31 Oct 2026');
  });
  it('gives both years when they differ', () => {
    expect(dateRange('2026-12-15', '2027-01-09')).toBe('15 Dec 2026 to 9 Jan 2027');
  });
});
