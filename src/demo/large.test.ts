import { describe, expect, it } from 'vitest';
import { dayOf, isoDay } from '../domain/index.ts';
import { generateCouncil } from './index.ts';

/** Data rows of a CSV text (lines less the header). */
function rows(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n - 1;
}

describe("generateCouncil({ size: 'large' })", () => {
  it('makes Eastmarch with the yearly volumes of a large council (one year simulated here)', () => {
    const council = generateCouncil({ asAt: dayOf(2025, 3, 31), size: 'large', years: 1 });
    expect(council.la).toEqual({ code: '998', name: 'Eastmarch' });
    expect(isoDay(council.from)).toBe('2024-04-01');
    const counts = new Map<string, number>();
    for (const f of council.files()) counts.set(f.name.slice(8, 14), rows(f.text));
    // Issue 4's large council: about 150,000 contacts, 20,000 referrals, 17,000 assessments,
    // 4,000 enquiries, 1,500 plans and 2,000 periods of care a year. Lists 4-8 also hold the
    // records still open from before the year, so their bounds are wider.
    const expected: [string, number, number][] = [
      ['List 1', 140_000, 165_000],
      ['List 3', 18_500, 22_500],
      ['List 4', 15_500, 20_000],
      ['List 5', 3_400, 5_000],
      ['List 7', 1_800, 3_200],
      ['List 8', 4_500, 6_500],
    ];
    for (const [list, low, high] of expected) {
      expect(counts.get(list), list).toBeGreaterThan(low);
      expect(counts.get(list), list).toBeLessThan(high);
    }
    expect(council.population[0]!.count).toBeGreaterThan(300_000);
  }, 60_000);
});
