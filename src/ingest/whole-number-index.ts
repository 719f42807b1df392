/**
 * A hash index from whole-number keys (0 to 2^53) to slot numbers, kept in typed arrays so that
 * millions of keys cost no objects for the garbage collector. Open addressing, linear probing.
 */

const EMPTY = -1;
const FIRST_CAPACITY = 1024;
const TWO_TO_32 = 2 ** 32;

export class WholeNumberIndex {
  /** Slot p: [2p] its key, [2p + 1] its value (EMPTY when free): one place in memory a probe. */
  private table = emptyTable(FIRST_CAPACITY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The key's slot if it has one; otherwise gives it `slot` and returns -1. */
  getOrAdd(key: number, slot: number): number {
    if (this.count >= this.table.length >> 2) this.grow();
    const table = this.table;
    const mask = table.length - 1; // even positions: keys
    let at = (2 * hash(key)) & mask;
    for (let found = table[at + 1]!; found !== EMPTY; found = table[at + 1]!) {
      if (table[at] === key) return found;
      at = (at + 2) & mask;
    }
    table[at] = key;
    table[at + 1] = slot;
    this.count += 1;
    return EMPTY;
  }

  private grow(): void {
    const old = this.table;
    this.table = emptyTable(old.length); // twice the slots: two numbers a slot
    this.count = 0;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] !== EMPTY) this.getOrAdd(old[at]!, old[at + 1]!);
    }
  }
}

/** `capacity` free slots, two numbers each. */
function emptyTable(capacity: number): Float64Array {
  const table = new Float64Array(2 * capacity);
  for (let at = 1; at < table.length; at += 2) table[at] = EMPTY;
  return table;
}

/** Mixes both 32-bit halves of the key (murmur3's finaliser). */
function hash(key: number): number {
  let h = (key >>> 0) ^ Math.imul((key / TWO_TO_32) >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
