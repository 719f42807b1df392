/** Contacts (Annex A List 1) as columns: each contact's date and child index. */
import type { Contact } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';

export interface ContactColumns {
  date: Int32Array;
  child: Int32Array;
}

export function contactColumns(list: readonly Contact[], children: ChildIndex): ContactColumns {
  const date = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) date[i] = list[i]!.contactDate;
  return { date, child: children.column(list) };
}
