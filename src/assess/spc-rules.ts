/**
 * The special-cause tests of NHS England's "Making Data Count", over one group of points that
 * share a mean and limits. Each returns, for every point, whether it is part of a signal.
 */

/** How many points in a row make a shift (one side of the mean) or a trend (rising or falling). */
export const RUN = 7;

/** Points beyond a process limit (strictly). */
export function outsideLimits(y: readonly number[], lower: number, upper: number): boolean[] {
  return y.map((v) => v > upper || v < lower);
}

/** Marks every point of each stretch of at least `RUN` consecutive points where `same(i)` holds
 * between point i-1 and point i. */
function runsOf(n: number, same: (i: number) => boolean): boolean[] {
  const marked = new Array<boolean>(n).fill(false);
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && same(i)) continue;
    if (i - start >= RUN) marked.fill(true, start, i);
    start = i;
  }
  return marked;
}

/** -1, 0 or 1: below, on or above the mean. A point on the mean breaks a run. */
export function sides(y: readonly number[], mean: number): number[] {
  return y.map((v) => Math.sign(v - mean));
}

/** Shifts: `RUN` or more consecutive points on the same side of the mean. */
export function shifts(side: readonly number[]): boolean[] {
  const marked = runsOf(side.length, (i) => side[i] !== 0 && side[i] === side[i - 1]);
  return marked.map((m, i) => m && side[i] !== 0);
}

/**
 * Trends: `RUN` or more consecutive points each higher (or each lower) than the one before;
 * an equal pair breaks the run. Returns the direction of the trend a point is part of (0: none).
 */
export function trends(y: readonly number[]): number[] {
  const step = y.map((v, i) => (i === 0 ? 0 : Math.sign(v - y[i - 1]!)));
  const out = new Array<number>(y.length).fill(0);
  for (const direction of [1, -1]) {
    const marked = runsOf(y.length, (i) => step[i] === direction);
    marked.forEach((m, i) => {
      if (m) out[i] = direction;
    });
  }
  return out;
}

/**
 * Two of three: in any three consecutive points all on the same side of the mean, two or more
 * close to the limit (beyond two thirds of the way from the mean to it, not beyond it); the
 * close ones are marked.
 */
export function twoOfThree(close: readonly boolean[], side: readonly number[]): boolean[] {
  const marked = new Array<boolean>(close.length).fill(false);
  for (let i = 0; i + 2 < close.length; i++) {
    const window = [i, i + 1, i + 2];
    const sameSide = window.every((k) => side[k] !== 0 && side[k] === side[i]);
    if (!sameSide || window.filter((k) => close[k]).length < 2) continue;
    for (const k of window) if (close[k]) marked[k] = true;
  }
  return marked;
}
