/**
 * Follow-ups from one list into another by child identifier, without interning the first
 * list's children: "does this child have a later-list date 0 to `within` days after this day?"
 * The later list's children (already interned) sit in a table keyed by the hash of their
 * identifier. Before that table, a blocked Bloom filter keyed by (hash, 32-day block) answers
 * most questions "no" from one cache line; identifiers, the costly step, are compared only for a
 * child whose hash matches and who has a date in range. Built for the funnel's million-odd
 * contacts.
 */
import { hashOf } from './children.ts';
import { datesByChild, hasDateIn } from './dates-by-child.ts';

const EMPTY = -1;
/** Days per block of the bit set: more than `within`, so a date reaches back into two blocks. */
const BLOCK = 32;

export interface FollowUps {
  /** Whether the child with this identifier has a date in `[day, day + within]`. */
  follows(childId: string, day: number): boolean;
}

function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

/**
 * Two bits of a child's hash in a block of days, in one 64-bit word of the set (a blocked
 * Bloom filter: one cache line read, about a sixth of the false passes of one bit).
 */
function wordOf(hash: number, block: number, mask: number): number {
  let k = Math.imul(hash ^ Math.imul(block, 0x9e3779b1), 0x85ebca6b);
  k ^= k >>> 15;
  return k & mask;
}

function bitsOf(hash: number, block: number): number {
  let k = Math.imul(hash + block, 0xc2b2ae35);
  k ^= k >>> 16;
  return (1 << (k & 31)) | (1 << ((k >>> 5) & 31));
}

/** Bits for every (child, block) from which a date of that child is 0 to `within` days ahead. */
function reachBits(hashOfRecord: Int32Array, date: Int32Array, within: number): Int32Array {
  const words = Math.min(capacityFor(date.length * 2), 1 << 17);
  const set = new Int32Array(words);
  const mask = words - 1;
  for (let i = 0; i < date.length; i++) {
    const last = Math.floor(date[i]! / BLOCK);
    for (let block = Math.floor((date[i]! - within) / BLOCK); block <= last; block++) {
      set[wordOf(hashOfRecord[i]!, block, mask)]! |= bitsOf(hashOfRecord[i]!, block);
    }
  }
  return set;
}

/**
 * `child` and `date` are the later list's columns, `idOf(i)` record i's child identifier;
 * `within` is how many days after a day a date still follows it.
 */
export function followUps(
  child: Int32Array,
  date: Int32Array,
  idOf: (record: number) => string,
  within: number,
): FollowUps {
  const byChild = datesByChild(child, date);
  const childCount = byChild.offsets.length - 1;
  const ids: string[] = new Array(childCount);
  const childHash = new Int32Array(childCount);
  const hashOfRecord = new Int32Array(child.length);
  const slots = new Int32Array(capacityFor(childCount)).fill(EMPTY);
  const hashes = new Int32Array(slots.length);
  const mask = slots.length - 1;
  for (let i = 0; i < child.length; i++) {
    const c = child[i]!;
    if (ids[c] === undefined) {
      ids[c] = idOf(i);
      childHash[c] = hashOf(ids[c]);
      let p = childHash[c]! & mask;
      while (slots[p] !== EMPTY) p = (p + 1) & mask;
      slots[p] = c;
      hashes[p] = childHash[c]!;
    }
    hashOfRecord[i] = childHash[c]!;
  }
  const reach = reachBits(hashOfRecord, date, within);
  const wordMask = reach.length - 1;
  return {
    follows(childId, day) {
      const hash = hashOf(childId);
      const block = Math.floor(day / BLOCK);
      const bits = bitsOf(hash, block);
      if ((reach[wordOf(hash, block, wordMask)]! & bits) !== bits) return false;
      for (let p = hash & mask; slots[p] !== EMPTY; p = (p + 1) & mask) {
        if (hashes[p] !== hash) continue;
        const c = slots[p]!;
        if (hasDateIn(byChild, c, day, day + within) && ids[c] === childId) return true;
      }
      return false;
    },
  };
}
