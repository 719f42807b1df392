/**
 * A hash index from whole-number keys (0 to 2^53) to slot numbers, kept in typed arrays so that
 * millions of keys cost no objects for the garbage collector. Open addressing, linear probing.
 */

const EMPTY = -1;
const FIRST_CAPACITY = 1024;
const TWO_TO_32 = 2 ** 32;

export class WholeNumberIndex {
  private keys = new Float64Array(FIRST_CAPACITY);
  private slots = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The key's slot if it has one; otherwise gives it `slot` and returns -1. */
  getOrAdd(key: number, slot: number): number {
    if (this.count * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let at = hash(key) & mask;
    for (
      let found = this.slots[at];
      found !== undefined && found !== EMPTY;
      found = this.slots[at]
    ) {
      if (this.keys[at] === key) return found;
      at = (at + 1) & mask;
    }
    this.keys[at] = key;
    this.slots[at] = slot;
    this.count += 1;
    return EMPTY;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.slots = new Int32Array(slots.length * 2).fill(EMPTY);
    this.count = 0;
    slots.forEach((slot, i) => {
      if (slot !== EMPTY) this.getOrAdd(keys[i] ?? 0, slot);
    });
  }
}

/** Mixes both 32-bit halves of the key (murmur3's finaliser). */
function hash(key: number): number {
  let h = (key >>> 0) ^ Math.imul((key / TWO_TO_32) >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
