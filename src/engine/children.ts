/**
 * Child identifiers interned into dense indexes 0, 1, 2 … shared by every list: an
 * open-addressing hash table over typed arrays, about twice as fast as a `Map` at this size.
 */

/** Interns child identifiers; the same identifier always gets the same index. */
export interface ChildIndex {
  indexOf(childId: string): number;
  /** The identifier's index if it has one, else -1; never adds it. */
  find(childId: string): number;
  /** As `find`, for an identifier whose `hashOf` is `hash`. */
  findHashed(childId: string, hash: number): number;
  /** `hashOf` the identifier at an index (kept, so never worked out again). */
  hashAt(index: number): number;
  count(): number;
}

const EMPTY = -1;

/** FNV-1a over UTF-16 code units, then a final mix so that low bits spread well. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

/** A child index sized for about `expected` children; it grows when there are more. */
export function childIndex(expected = 0): ChildIndex {
  const ids: string[] = [];
  let hashes = new Int32Array(capacityFor(expected) / 2);
  let slots = new Int32Array(capacityFor(expected)).fill(EMPTY);

  function place(index: number): void {
    const mask = slots.length - 1;
    let p = hashes[index]! & mask;
    while (slots[p] !== EMPTY) p = (p + 1) & mask;
    slots[p] = index;
  }

  function grow(): void {
    const grown = new Int32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
    slots = new Int32Array(slots.length * 2).fill(EMPTY);
    for (let index = 0; index < ids.length; index++) place(index);
  }

  /** The identifier's index, or EMPTY; its hash `hash`. */
  function lookUp(childId: string, hash: number): number {
    const mask = slots.length - 1;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const index = slots[p]!;
      if (index === EMPTY || (hashes[index] === hash && ids[index] === childId)) return index;
    }
  }

  return {
    find: (childId) => lookUp(childId, hashOf(childId)),
    findHashed: lookUp,
    hashAt: (index) => hashes[index]!,
    indexOf(childId) {
      const hash = hashOf(childId);
      const found = lookUp(childId, hash);
      if (found !== EMPTY) return found;
      if (ids.length === hashes.length) grow();
      hashes[ids.length] = hash;
      ids.push(childId);
      place(ids.length - 1);
      return ids.length - 1;
    },
    count: () => ids.length,
  };
}
