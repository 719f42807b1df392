/**
 * One list's dates grouped by child, each child's in date order (compressed rows: a counting
 * sort by day, then a stable bucket by child), to ask "does this child have a date in [a, b]?"
 * in a few steps.
 */
import { orderByDay } from './order.ts';

export interface DatesByChild {
  /** Child `c`'s dates are `dates[offsets[c] .. offsets[c + 1])`, ascending. */
  offsets: Int32Array;
  dates: Int32Array;
}

export function datesByChild(child: Int32Array, date: Int32Array): DatesByChild {
  let childCount = 0;
  for (let i = 0; i < child.length; i++) if (child[i]! >= childCount) childCount = child[i]! + 1;
  const offsets = new Int32Array(childCount + 1);
  for (let i = 0; i < child.length; i++) offsets[child[i]! + 1]! += 1;
  for (let c = 1; c <= childCount; c++) offsets[c]! += offsets[c - 1]!;
  const next = offsets.slice(0, childCount);
  const dates = new Int32Array(date.length);
  const order = orderByDay(date);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    dates[next[child[i]!]!++] = date[i]!;
  }
  return { offsets, dates };
}

/** Whether child `c` has a date in `[from, to]` (a binary search for the first date >= from). */
export function hasDateIn(index: DatesByChild, c: number, from: number, to: number): boolean {
  if (c + 1 >= index.offsets.length) return false;
  let lo = index.offsets[c]!;
  let hi = index.offsets[c + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.dates[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.offsets[c + 1]! && index.dates[lo]! <= to;
}
