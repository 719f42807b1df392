/** Record orderings by child, then by day, in linear time (two counting sorts). */
import { orderByDay } from './order.ts';

/**
 * Record indexes sorted by child index, then by day, records with the same child and day kept in
 * their original order. `childCount` bounds the child indexes.
 */
export function orderByChildThenDay(
  child: Int32Array,
  days: Int32Array,
  childCount: number,
): Int32Array {
  const byDay = orderByDay(days);
  const next = new Int32Array(childCount + 1);
  for (let i = 0; i < child.length; i++) next[child[i]! + 1]! += 1;
  for (let c = 1; c <= childCount; c++) next[c]! += next[c - 1]!;
  const order = new Int32Array(child.length);
  for (let k = 0; k < byDay.length; k++) {
    const i = byDay[k]!;
    order[next[child[i]!]!++] = i;
  }
  return order;
}

/**
 * A column's values at the given record indexes, in their order (a loop: `Int32Array.from` with
 * a mapping function costs some 20 times as much).
 */
export function inOrder(values: ArrayLike<number>, order: ArrayLike<number>): Int32Array {
  const out = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]!]!;
  return out;
}

/**
 * Of records in child-then-day `order`, the last of each run sharing a child and day (in their
 * original order: the last row wins), as record indexes in that order.
 */
export function lastOfEachKey(order: Int32Array, child: Int32Array, days: Int32Array): Int32Array {
  const kept: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const j = order[k + 1];
    if (j === undefined || child[j] !== child[i] || days[j] !== days[i]) kept.push(i);
  }
  return Int32Array.from(kept);
}
