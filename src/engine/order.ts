/** Record orderings in linear time: a counting sort over days. */
import type { Day } from '../domain/index.ts';

/** The smallest and largest of some days; `[0, -1]` when there are none. */
export function rangeOf(days: Int32Array): [Day, Day] {
  if (days.length === 0) return [0, -1];
  let [min, max] = [days[0]!, days[0]!];
  for (let i = 1; i < days.length; i++) {
    if (days[i]! < min) min = days[i]!;
    if (days[i]! > max) max = days[i]!;
  }
  return [min, max];
}

/** Record indexes sorted by day, records on the same day kept in their original order. */
export function orderByDay(days: Int32Array): Int32Array {
  const [min, max] = rangeOf(days);
  const starts = new Int32Array(Math.max(max - min + 2, 1));
  for (let i = 0; i < days.length; i++) starts[days[i]! - min + 1]! += 1;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const order = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) order[starts[days[i]! - min]!++] = i;
  return order;
}

/** Record indexes in date order: null (the identity) when the list is already in it. */
export function inDateOrder(days: Int32Array): Int32Array | null {
  for (let i = 1; i < days.length; i++) if (days[i]! < days[i - 1]!) return orderByDay(days);
  return null;
}
