/**
 * "Does this record's child have a later-list record 0 to `within` days after it?" (the
 * funnel's contacts followed by a referral): one sweep over both lists in date order. Each later
 * record is added once its date comes within `within` days of the sweep, as its child's latest
 * date so far; a record on day `d` has a follow-up when its child's latest date is `d` or after.
 */
import { NONE } from './columns.ts';
import { inDateOrder } from './order.ts';

/** A list as the sweep reads it: each record's date and child index (-1: a child in no other list). */
export interface ChildDates {
  date: Int32Array;
  child: Int32Array;
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
  const laterOrder = inDateOrder(later.date);
  const latest = new Int32Array(childCount).fill(NONE);
  let next = 0; // the next later record, in date order, not yet added
  for (let k = 0; k < flags.length; k++) {
    const i = eventOrder === null ? k : eventOrder[k]!;
    const day = events.date[i]!;
    for (; next < later.date.length; next++) {
      const j = laterOrder === null ? next : laterOrder[next]!;
      if (later.date[j]! > day + within) break;
      latest[later.child[j]!] = later.date[j]!;
    }
    const child = events.child[i]!;
    flags[i] = child >= 0 && latest[child]! >= day ? 1 : 0;
  }
  return flags;
}
