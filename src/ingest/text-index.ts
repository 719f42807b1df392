/**
 * A hash index from texts (a child's id) to numbers, for millions of look-ups of texts read
 * fresh from a file: open addressing over typed arrays with each key's hash kept beside it, about
 * twice as fast as a Map here (a Map hashes each new string object, then chases pointers).
 */

const EMPTY = -1;
const FIRST_CAPACITY = 1024;

/** FNV-1a over the text's UTF-16 code units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class TextIndex {
  /** Slot p: [2p] the entry it holds (EMPTY if none), [2p + 1] that entry's key's hash, side by
   * side so that a probe reads one place in memory, and the key itself only when hashes agree. */
  private slots = emptySlots(FIRST_CAPACITY);
  private readonly keys: string[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The key's value if it has one; otherwise gives it `value` and returns -1. */
  getOrAdd(key: string, value: number): number {
    if (this.keys.length >= this.slots.length >> 2) this.grow();
    const h = hashOf(key);
    const at = this.find(key, h);
    const entry = this.slots[at]!;
    if (entry !== EMPTY) return this.values[entry]!;
    this.slots[at] = this.keys.length;
    this.slots[at + 1] = h;
    this.keys.push(key);
    this.values.push(value);
    return EMPTY;
  }

  /** The key's value, or -1 when it has none. */
  get(key: string): number {
    const entry = this.slots[this.find(key, hashOf(key))]!;
    return entry === EMPTY ? EMPTY : this.values[entry]!;
  }

  /** Where the slot holding `key` is in `slots`, or where the empty slot it would go in is. */
  private find(key: string, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = 2 * (h & mask);
    for (let entry = slots[at]!; entry !== EMPTY; entry = slots[at]!) {
      if (slots[at + 1] === h && this.keys[entry] === key) return at;
      at = (at + 2) & (2 * mask + 1);
    }
    return at;
  }

  private grow(): void {
    const capacity = this.slots.length; // twice the slots: two numbers a slot
    const old = this.slots;
    this.slots = emptySlots(capacity);
    const mask = capacity - 1;
    for (let p = 0; p < old.length; p += 2) {
      if (old[p] === EMPTY) continue;
      const h = old[p + 1]!;
      let at = 2 * (h & mask);
      while (this.slots[at] !== EMPTY) at = (at + 2) & (2 * mask + 1);
      this.slots[at] = old[p]!;
      this.slots[at + 1] = h;
    }
  }
}

/** `capacity` free slots, two numbers each. */
function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(2 * capacity);
  for (let p = 0; p < slots.length; p += 2) slots[p] = EMPTY;
  return slots;
}
