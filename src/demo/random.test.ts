import { describe, expect, it } from 'vitest';
import { Rng } from './random.ts';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  it('new Rng(seed) repeats its stream for the same seed and differs for another', () => {
    expect(draws(new Rng(42), 5)).toEqual(draws(new Rng(42), 5));
    expect(draws(new Rng(42), 5)).not.toEqual(draws(new Rng(43), 5));
  });

  it('next() stays in [0, 1) and int(lo, hi) covers both ends and nothing beyond', () => {
    const rng = new Rng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      seen.add(rng.int(3, 6));
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('weighted(table) never picks a zero weight and follows the weights', () => {
    const rng = new Rng(1);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted([
          ['a', 1],
          ['b', 0],
          ['c', 3],
        ] as const)
      ]++;
    expect(counts.b).toBe(0);
    // c has three times a's weight: 7,500 of 10,000 expected, so well within 7,200..7,800.
    expect(counts.c).toBeGreaterThan(7200);
    expect(counts.c).toBeLessThan(7800);
  });

  it('poisson(mean) averages close to its mean', () => {
    const rng = new Rng(3);
    let total = 0;
    for (let i = 0; i < 5000; i++) total += rng.poisson(12);
    // Mean 12, standard error of the mean about 0.05.
    expect(total / 5000).toBeGreaterThan(11.8);
    expect(total / 5000).toBeLessThan(12.2);
  });

  it('poisson(mean) for a mean of hundreds averages close to it with the spread of a Poisson', () => {
    const rng = new Rng(5);
    const n = 2000;
    const counts = Array.from({ length: n }, () => rng.poisson(800));
    const mean = counts.reduce((a, b) => a + b, 0) / n;
    const variance = counts.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    // Mean 800: standard error of the mean about 0.63; the variance is 800 too (SE about 25).
    expect(mean).toBeGreaterThan(797);
    expect(mean).toBeLessThan(803);
    expect(variance).toBeGreaterThan(700);
    expect(variance).toBeLessThan(900);
  });
});
