/** Each child's date of birth, by child index, from what is known of the children. */
import type { Child } from '../domain/index.ts';
import { type ChildIndex, hashOf } from './children.ts';
import { NONE } from './columns.ts';

/** Bits for the hashes of the children wanted: most others are passed over on one bit test. */
function wantedBits(children: ChildIndex, wanted: readonly Int32Array[]): Int32Array {
  let count = 0;
  for (const list of wanted) count += list.length;
  let words = 64;
  while (words * 32 < count * 16) words *= 2; // about 16 bits a child: a few % pass wrongly
  const bits = new Int32Array(words);
  for (const list of wanted) {
    for (let k = 0; k < list.length; k++) {
      const hash = children.hashAt(list[k]!);
      bits[(hash >>> 5) & (words - 1)]! |= 1 << (hash & 31);
    }
  }
  return bits;
}

/**
 * Dates of birth by child index (`NONE` when not known), for the children in `wanted` (lists of
 * child indexes): the others (most, known only from contacts) are neither looked up nor added.
 * Children interned later have no entry: read with `?? NONE`.
 */
export function birthDateColumn(
  list: readonly Child[],
  children: ChildIndex,
  wanted: readonly Int32Array[],
): Int32Array {
  const births = new Int32Array(children.count()).fill(NONE);
  const bits = wantedBits(children, wanted);
  const mask = bits.length - 1;
  for (let i = 0; i < list.length; i++) {
    const child = list[i]!;
    if (child.birthDate === null) continue;
    const hash = hashOf(child.childId);
    if ((bits[(hash >>> 5) & mask]! & (1 << (hash & 31))) === 0) continue;
    const index = children.findHashed(child.childId, hash);
    if (index >= 0) births[index] = child.birthDate;
  }
  return births;
}
