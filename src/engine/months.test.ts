import { describe, expect, it } from 'vitest';
import { addMonths } from '../domain/index.ts';
import { NONE, OPEN } from './columns.ts';
import { day } from './fixture.ts';
import { monthsAfter } from './months.ts';

describe('monthsAfter(months, days)', () => {
  it('gives addMonths for days in the column, again, and outside it', () => {
    const days = Int32Array.of(day('2024-01-31'), NONE, day('2024-02-29'), OPEN, day('2023-03-31'));
    const later = monthsAfter(-12, days);
    const asked = [
      '2024-01-31',
      '2024-02-29',
      '2024-02-29',
      '2023-03-31',
      '2020-02-29',
      '2030-01-31',
    ];
    for (const iso of asked) expect(later(day(iso))).toBe(addMonths(day(iso), -12));
  });

  it('works every day out when the column spans more than a century', () => {
    const later = monthsAfter(30, Int32Array.of(day('1800-01-31'), day('2024-08-31')));
    expect(later(day('2024-08-31'))).toBe(day('2027-02-28'));
    expect(later(day('1800-01-31'))).toBe(addMonths(day('1800-01-31'), 30));
  });
});
