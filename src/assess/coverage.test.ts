import { describe, expect, it } from 'vitest';
import type { Point } from '../domain/index.ts';
import { coverageWords } from './coverage.ts';

function partial(start: string, end: string, from: string, to: string): Point {
  return {
    ...{ window: 'year', period: 'p', start, end, value: 1, numerator: 1, denominator: null },
    partial: true,
    covers: { start: from, end: to },
  };
}

const year = (from: string, to: string) => partial('2024-04-01', '2025-03-31', from, to);

describe('coverageWords', () => {
  it('names whole months: one, two, or first to last', () => {
    expect(coverageWords(year('2024-04-01', '2024-04-30'))).toBe('April only');
    expect(coverageWords(year('2024-04-01', '2024-05-31'))).toBe('April and May only');
    expect(coverageWords(year('2024-04-01', '2024-09-30'))).toBe('April to September only');
  });

  it('gives days when the coverage starts or ends inside a month', () => {
    expect(coverageWords(year('2024-04-01', '2024-05-15'))).toBe('1 April to 15 May only');
    expect(coverageWords(year('2024-06-10', '2024-09-30'))).toBe('10 June to 30 September only');
    expect(coverageWords(year('2024-05-15', '2024-05-15'))).toBe('15 May only');
  });

  it('ends a month on its last day, 29 February in a leap year', () => {
    expect(coverageWords(year('2024-12-01', '2025-02-28'))).toBe(
      'December 2024 to February 2025 only',
    );
    const leap = partial('2023-04-01', '2024-03-31', '2024-01-01', '2024-02-29');
    expect(coverageWords(leap)).toBe('January and February only');
    const notEnd = partial('2023-04-01', '2024-03-31', '2024-01-01', '2024-02-28');
    expect(coverageWords(notEnd)).toBe('1 January to 28 February only');
  });

  it('gives years when the coverage crosses a calendar year', () => {
    expect(coverageWords(year('2024-04-01', '2025-01-31'))).toBe('April 2024 to January 2025 only');
    expect(coverageWords(year('2024-12-01', '2025-01-31'))).toBe(
      'December 2024 and January 2025 only',
    );
    expect(coverageWords(year('2024-04-01', '2025-01-15'))).toBe(
      '1 April 2024 to 15 January 2025 only',
    );
  });

  it('is null for a whole point, and says part of the period when the days are not known', () => {
    const whole: Point = { ...year('2024-04-01', '2024-05-31') };
    delete whole.partial;
    delete whole.covers;
    expect(coverageWords(whole)).toBeNull();
    const unknown: Point = { ...year('2024-04-01', '2024-05-31') };
    delete unknown.covers;
    expect(coverageWords(unknown)).toBe('part of the period only');
  });
});
