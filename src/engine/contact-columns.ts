/**
 * Contacts (Annex A List 1) as columns: each contact's date. Contacts' children are not
 * interned (a million-odd identifiers, most in no other list): the funnel looks for them among
 * the children of referrals (ChildIndex.found).
 */
import type { Contact } from '../domain/index.ts';

export interface ContactColumns {
  date: Int32Array;
}

export function contactColumns(list: readonly Contact[]): ContactColumns {
  const date = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) date[i] = list[i]!.contactDate;
  return { date };
}
