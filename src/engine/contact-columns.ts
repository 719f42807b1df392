/**
 * Contacts (Annex A List 1) as columns: each contact's date. Contacts' children are not
 * interned (a million-odd identifiers, most in no other list): the funnel matches them to the
 * children of referrals (ChildIndex.matched).
 */
import type { Contact, Day } from '../domain/index.ts';

export interface ContactColumns {
  date: Int32Array;
  /** The earliest and latest dates (`first > last` when there are none). */
  first: Day;
  last: Day;
}

export function contactColumns(list: readonly Contact[]): ContactColumns {
  const date = new Int32Array(list.length);
  let [first, last] = [0, -1];
  for (let i = 0; i < list.length; i++) {
    const day = list[i]!.contactDate;
    date[i] = day;
    if (i === 0 || day < first) first = day;
    if (i === 0 || day > last) last = day;
  }
  return { date, first, last };
}
