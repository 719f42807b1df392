import { describe, expect, it } from 'vitest';
import { ratePer10k } from './figure.ts';
import { day } from './fixture.ts';
import { populationLookup, populationYear } from './population.ts';

describe('populationYear(end)', () => {
  it('is the mid-year starting the financial year the window ends in', () => {
    expect(populationYear(day('2024-03-31'))).toBe(2023);
    expect(populationYear(day('2024-04-01'))).toBe(2024);
    expect(populationYear(day('2025-03-31'))).toBe(2024);
    expect(populationYear(day('2024-02-29'))).toBe(2023);
  });
});

describe('populationLookup(population)(end)', () => {
  it('gives the estimate for the window end, null when none is loaded', () => {
    const lookup = populationLookup(new Map([[2023, 41_000]]));
    expect(lookup(day('2024-03-31'))).toBe(41_000);
    expect(lookup(day('2024-04-30'))).toBeNull();
    expect(populationLookup(undefined)(day('2024-03-31'))).toBeNull();
  });
});

describe('ratePer10k(count, population)', () => {
  it('is 10,000 x count / population, with the population as the denominator', () => {
    expect(ratePer10k(123, 41_000)).toEqual({ value: 30, numerator: 123, denominator: 41_000 });
    expect(ratePer10k(0, 41_000)).toEqual({ value: 0, numerator: 0, denominator: 41_000 });
  });

  it('is null, keeping the count, without a population or with a population of 0', () => {
    expect(ratePer10k(5, null)).toEqual({ value: null, numerator: 5, denominator: null });
    expect(ratePer10k(5, 0)).toEqual({ value: null, numerator: 5, denominator: 0 });
  });
});
