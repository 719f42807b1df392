import { describe, expect, it } from 'vitest';
import { median, quartileBands, quartilePosition } from './quartiles.ts';

describe('median', () => {
  it('is the middle value of an odd count, the mean of the two middle of an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([18, 10, 14, 12])).toBe(13);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe('quartileBands', () => {
  it('cuts as R quantile() type 7 does: 1..10 gives 3.25, 5.5 and 7.75', () => {
    expect(quartileBands([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({
      cuts: [3.25, 5.5, 7.75],
      among: 10,
    });
  });

  it('gives a cut exactly on tied values (10, 12, 12, 14, 16, 18, 20, 22: 12, 15, 18.5)', () => {
    expect(quartileBands([22, 12, 10, 18, 14, 12, 20, 16])?.cuts).toEqual([12, 15, 18.5]);
  });

  it('gives nothing for fewer than 4 councils', () => {
    expect(quartileBands([1, 2, 3])).toBeNull();
  });
});

describe('quartilePosition', () => {
  const bands = { cuts: [12, 15, 18.5] as const, among: 8 };

  it('lower is better: up to and including the lower quartile is the best quartile', () => {
    const at = (v: number) => quartilePosition(v, bands, 'lower_is_better').quartile;
    expect([10, 12, 12.01, 15, 15.01, 18.5, 18.51].map(at)).toEqual([1, 1, 2, 2, 3, 3, 4]);
    expect(quartilePosition(12, bands, 'lower_is_better')).toEqual({
      quartile: 1,
      basis: 'performance',
      label: 'best quartile',
      among: 8,
    });
  });

  it('higher is better: a figure exactly on a cut falls in the band below it, as the DfE bands', () => {
    const at = (v: number) => quartilePosition(v, bands, 'higher_is_better').quartile;
    expect([10, 12, 12.01, 15, 15.01, 18.5, 18.51].map(at)).toEqual([4, 4, 3, 3, 2, 2, 1]);
    expect(quartilePosition(18.5, bands, 'higher_is_better').label).toBe('second quartile');
    expect(quartilePosition(10, bands, 'higher_is_better').label).toBe('worst quartile');
  });

  it('neutral: placed by value, labelled low to high, never better or worse', () => {
    expect(quartilePosition(16, bands, 'neutral')).toEqual({
      quartile: 3,
      basis: 'value',
      label: 'second-highest quartile',
      among: 8,
    });
    expect(quartilePosition(30, bands, 'neutral').label).toBe('highest quartile');
    expect(quartilePosition(1, bands, 'neutral').label).toBe('lowest quartile');
  });
});
