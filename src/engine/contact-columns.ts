/** Contacts (Annex A List 1) as columns: each contact's child index and contact date. */
import type { Contact } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';

export interface ContactColumns {
  child: Int32Array;
  date: Int32Array;
  /** Bounds the child indexes (every index is below it). */
  childCount: number;
}

export function contactColumns(list: readonly Contact[], children: ChildIndex): ContactColumns {
  const n = list.length;
  const child = new Int32Array(n);
  const date = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = list[i]!;
    child[i] = children.indexOf(c.childId);
    date[i] = c.contactDate;
  }
  return { child, date, childCount: children.count() };
}
