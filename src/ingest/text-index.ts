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
  /** Per slot: the entry it holds (EMPTY if none). */
  private slots = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
  /** Per slot: the hash of its entry's key, compared before the key itself. */
  private hashes = new Int32Array(FIRST_CAPACITY);
  private readonly keys: string[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The key's value if it has one; otherwise gives it `value` and returns -1. */
  getOrAdd(key: string, value: number): number {
    if (this.keys.length * 2 >= this.slots.length) this.grow();
    const h = hashOf(key);
    const at = this.find(key, h);
    const entry = this.slots[at]!;
    if (entry !== EMPTY) return this.values[entry]!;
    this.slots[at] = this.keys.length;
    this.hashes[at] = h;
    this.keys.push(key);
    this.values.push(value);
    return EMPTY;
  }

  /** The key's value, or -1 when it has none. */
  get(key: string): number {
    const entry = this.slots[this.find(key, hashOf(key))]!;
    return entry === EMPTY ? EMPTY : this.values[entry]!;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: string, h: number): number {
    const mask = this.slots.length - 1;
    let at = h & mask;
    for (let entry = this.slots[at]!; entry !== EMPTY; entry = this.slots[at]!) {
      if (this.hashes[at] === h && this.keys[entry] === key) return at;
      at = (at + 1) & mask;
    }
    return at;
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.hashes = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let entry = 0; entry < this.keys.length; entry++) {
      const h = hashOf(this.keys[entry]!);
      let at = h & mask;
      while (this.slots[at] !== EMPTY) at = (at + 1) & mask;
      this.slots[at] = entry;
      this.hashes[at] = h;
    }
  }
}
