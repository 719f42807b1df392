/** A small seeded generator (sfc32, seeded through splitmix32): the same seed gives the same stream. */

/** Values with relative weights, for `Rng.weighted`. */
export type Weighted<T> = readonly (readonly [T, number])[];

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Tables longer than this have their running totals worked out once (they are constants). */
const LONG_TABLE = 8;
/** Poisson means from this one up are drawn in parts. */
const POISSON_PART = 100;
const RUNNING_TOTALS = new WeakMap<Weighted<unknown>, Float64Array>();

function cumulativeOf(table: Weighted<unknown>): Float64Array {
  let sums = RUNNING_TOTALS.get(table);
  if (!sums) {
    sums = new Float64Array(table.length);
    for (let i = 0, total = 0; i < table.length; i++) sums[i] = total += table[i]![1];
    RUNNING_TOTALS.set(table, sums);
  }
  return sums;
}

/** The first index whose running total exceeds `u` times the whole (binary search). */
function pickIndex(sums: Float64Array, u: number): number {
  const x = u * sums[sums.length - 1]!;
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A new generator whose stream depends on this one's seed and `salt` only. */
  fork(salt: number): Rng {
    return new Rng(Math.imul(Math.floor(this.next() * 4294967296), 31) ^ salt);
  }

  /** A whole number from `lo` to `hi`, both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One value of a table, with probability proportional to its weight. */
  weighted<T>(table: Weighted<T>): T {
    if (table.length > LONG_TABLE) return table[pickIndex(cumulativeOf(table), this.next())]![0];
    let total = 0;
    for (let i = 0; i < table.length; i++) total += table[i]![1];
    let x = this.next() * total;
    for (let i = 0; i < table.length - 1; i++) {
      x -= table[i]![1];
      if (x < 0) return table[i]![0];
    }
    return table[table.length - 1]![0];
  }

  /**
   * A Poisson count with the given mean (Knuth's method, whose cost grows with the mean; a mean
   * of 100 or more is drawn as the sum of counts with means below it, as `exp(-mean)` vanishes).
   */
  poisson(mean: number): number {
    if (mean >= POISSON_PART) {
      const parts = Math.ceil(mean / (POISSON_PART / 2));
      let k = 0;
      for (let i = 0; i < parts; i++) k += this.poisson(mean / parts);
      return k;
    }
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** An exponential draw with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** A triangular draw on [lo, hi] peaking at `mode`. */
  triangular(lo: number, mode: number, hi: number): number {
    const u = this.next();
    const cut = (mode - lo) / (hi - lo);
    if (u < cut) return lo + Math.sqrt(u * (hi - lo) * (mode - lo));
    return hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
  }
}
