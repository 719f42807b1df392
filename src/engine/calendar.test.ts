import { describe, expect, it } from 'vitest';
import { addMonths, dayOf } from '../domain/index.ts';
import { shiftMonths } from './calendar.ts';
import { day } from './fixture.ts';

describe('shiftMonths(day, months)', () => {
  it('agrees with addMonths on every day from 1899 to 2101, for the offsets the engine uses', () => {
    const mismatches: string[] = [];
    for (let d = dayOf(1899, 1, 1); d <= dayOf(2101, 12, 31); d += 1) {
      for (const months of [-24, -12, 15, 24, 30, 12 * 16, 12 * 21]) {
        if (shiftMonths(d, months) !== addMonths(d, months)) mismatches.push(`${d} ${months}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the last day of a shorter month: 29 February + 2 years, 30 November + 15 months', () => {
    expect(shiftMonths(day('2020-02-29'), 24)).toBe(day('2022-02-28'));
    expect(shiftMonths(day('2022-11-30'), 15)).toBe(day('2024-02-29'));
    expect(shiftMonths(day('2024-02-29'), -24)).toBe(day('2022-02-28'));
  });
});
