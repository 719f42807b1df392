/**
 * "Does this record's child have a later-list record 0 to `within` days after it?" (the
 * funnel's contacts followed by a referral): one sweep over both lists in date order. Each later
 * record is added once its date comes within `within` days of the sweep, as its child's latest
 * date so far; a record on day `d` has a follow-up when its child's latest date is `d` or after.
 */
import { inOrder } from './child-order.ts';
import { NONE } from './columns.ts';
import { inDateOrder } from './order.ts';

/** A list as the sweep reads it: each record's date and child index (-1: a child in no other list). */
export interface ChildDates {
  date: Int32Array;
  child: Int32Array;
}

/** A list's dates and children in date order (the same columns when already in it). */
export function inDateOrderOf({ date, child }: ChildDates): ChildDates {
  const order = inDateOrder(date);
  if (order === null) return { date, child };
  return { date: inOrder(date, order), child: inOrder(child, order) };
}

/**
 * 1 for each record of `events` whose child has a `later` record 0 to `within` days after it;
 * every child index is below `childCount`.
 */
export function followedBy(
  events: ChildDates,
  later: ChildDates,
  within: number,
  childCount: number,
): Uint8Array {
  const flags = new Uint8Array(events.date.length);
  const eventOrder = inDateOrder(events.date);
  const sorted = inDateOrderOf(later);
  const latest = new Int32Array(childCount).fill(NONE);
  let next = 0; // the next later record, in date order, not yet added
  let previous = 0; // the day of the record before
  for (let k = 0; k < flags.length; k++) {
    const i = eventOrder === null ? k : eventOrder[k]!;
    const day = events.date[i]!;
    if (k === 0 || day !== previous) {
      previous = day;
      for (; next < sorted.date.length && sorted.date[next]! <= day + within; next++) {
        latest[sorted.child[next]!] = sorted.date[next]!;
      }
    }
    const child = events.child[i]!;
    flags[i] = child >= 0 && latest[child]! >= day ? 1 : 0;
  }
  return flags;
}
