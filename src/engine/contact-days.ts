/**
 * Contacts (Annex A List 1) counted by date: all of them, and those whose child has a referral
 * dated 0 to `within` days after (the funnel's contacts followed by a referral). There are a
 * million-odd, most of their children in no other list, so they are read once, in date order,
 * into the two counts by day (one sweep, as in follow-ups.ts), with no column of their own: their
 * children come matched to referrals' (ChildIndex.matched), and a child's latest referral date is
 * kept by index, in an array the size of the children numbered rather than of every child.
 */
import { inOrder } from './child-order.ts';
import type { Matched } from './children.ts';
import { NONE } from './columns.ts';
import type { DayCounts } from './daily.ts';
import { type ChildDates, inDateOrderOf } from './follow-ups.ts';
import { orderByDay } from './order.ts';

export interface ContactDays {
  /** Every contact, by date. */
  all: DayCounts;
  /** The contacts followed by a referral, by date. */
  followed: DayCounts;
}

const NO_DAYS: DayCounts = { first: 0, counts: new Int32Array(0) };

/** No contacts: no days. */
export const NO_CONTACTS: ContactDays = { all: NO_DAYS, followed: NO_DAYS };

/**
 * The contacts (their `dates`, by place) counted by date, their children (`matched`) looked for
 * among `referrals` (child indexes below `childCount`); put in date order first if not in it.
 */
export function contactDays(
  dates: Int32Array,
  matched: Matched,
  referrals: ChildDates,
  within: number,
  childCount: number,
): ContactDays {
  const swept = sweptInDateOrder(dates, matched, referrals, within, childCount);
  if (swept !== null) return swept;
  const order = orderByDay(dates);
  const child = inOrder(matched.child, order);
  const sorted = inOrder(dates, order);
  return sweptInDateOrder(sorted, { ...matched, child }, referrals, within, childCount)!;
}

/** `contactDays` of contacts whose `dates` are in date order; null when they are not. */
function sweptInDateOrder(
  dates: Int32Array,
  { child, indexes }: Matched,
  referrals: ChildDates,
  within: number,
  childCount: number,
): ContactDays | null {
  const n = dates.length;
  const [first, last] = n === 0 ? [0, -1] : [dates[0]!, dates[n - 1]!];
  if (last < first) return n === 0 ? NO_CONTACTS : null;
  const all = new Int32Array(last - first + 1);
  const followed = new Int32Array(last - first + 1);
  const referred = inDateOrderOf(referrals);
  const latest = new Int32Array(childCount).fill(NONE); // each child's latest referral so far
  let next = 0; // the next referral, in date order, not yet added
  let previous = first - 1;
  for (let i = 0; i < n; i++) {
    const day = dates[i]!;
    if (day !== previous) {
      if (day < previous) return null;
      previous = day;
      for (; next < referred.date.length && referred.date[next]! <= day + within; next++) {
        latest[referred.child[next]!] = referred.date[next]!;
      }
    }
    all[day - first]! += 1;
    const place = child[i]!;
    const index =
      indexes === null ? place : place >= 0 && place < indexes.length ? indexes[place]! : -1;
    if (index >= 0 && latest[index]! >= day) followed[day - first]! += 1;
  }
  return { all: { first, counts: all }, followed: { first, counts: followed } };
}
