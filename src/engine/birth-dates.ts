/** Each child's date of birth, by child index, from what the record set says of its children. */
import type { ChildIndex } from './children.ts';
import { NONE } from './columns.ts';

/**
 * Dates of birth by child index (`NONE` when not known), for the children in `wanted` (lists of
 * child indexes): the others (most, known only from contacts) are not looked at. Children
 * interned later have no entry: read with `?? NONE`.
 */
export function birthDateColumn(children: ChildIndex, wanted: readonly Int32Array[]): Int32Array {
  const births = new Int32Array(children.count()).fill(NONE);
  for (const list of wanted) {
    for (let k = 0; k < list.length; k++) {
      const index = list[k]!;
      births[index] = children.childAt(index)?.birthDate ?? NONE;
    }
  }
  return births;
}
