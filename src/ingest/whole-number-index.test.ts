import { describe, expect, it } from 'vitest';
import { WholeNumberIndex } from './whole-number-index.ts';

describe('WholeNumberIndex.getOrAdd(key, slot)', () => {
  it('adds a new key (returning -1) and finds it again', () => {
    const index = new WholeNumberIndex();
    expect(index.getOrAdd(42, 0)).toBe(-1);
    expect(index.getOrAdd(42, 7)).toBe(0);
    expect(index.size).toBe(1);
  });

  it('tells apart keys above 2^32 that share their low 32 bits', () => {
    const index = new WholeNumberIndex();
    const low = 12_345;
    expect(index.getOrAdd(low, 0)).toBe(-1);
    expect(index.getOrAdd(low + 2 ** 32, 1)).toBe(-1);
    expect(index.getOrAdd(2 ** 53 - 1, 2)).toBe(-1);
    expect([
      index.getOrAdd(low, 9),
      index.getOrAdd(low + 2 ** 32, 9),
      index.getOrAdd(2 ** 53 - 1, 9),
    ]).toEqual([0, 1, 2]);
  });

  it('keeps every key through growth', () => {
    const index = new WholeNumberIndex();
    const keys = Array.from({ length: 5000 }, (_, i) => i * 8_388_608 + 4_194_304 + (i % 7));
    const added = keys.map((key, slot) => index.getOrAdd(key, slot));
    const found = keys.map((key) => index.getOrAdd(key, -5));
    expect(added.every((result) => result === -1)).toBe(true);
    expect(found).toEqual(keys.map((_, slot) => slot));
    expect(index.size).toBe(5000);
  });
});
