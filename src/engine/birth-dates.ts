/** Each child's date of birth, by child index, from what is known of the children. */
import type { Child } from '../domain/index.ts';
import type { ChildIndex } from './children.ts';
import { NONE } from './columns.ts';

/**
 * Dates of birth by child index (`NONE` when not known). Children interned later have no entry:
 * read with `?? NONE`.
 */
export function birthDateColumn(list: readonly Child[], children: ChildIndex): Int32Array {
  const index = list.map((child) => children.indexOf(child.childId));
  const births = new Int32Array(children.count()).fill(NONE);
  list.forEach((child, k) => {
    if (child.birthDate !== null) births[index[k]!] = child.birthDate;
  });
  return births;
}
