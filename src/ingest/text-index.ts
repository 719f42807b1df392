/**
 * A hash index from texts (a child's id) to numbers, for millions of look-ups of texts read
 * fresh from a file: open addressing over one typed array, about twice as fast as a Map here (a
 * Map hashes each new string object, then chases pointers). Each slot holds its entry, the key's
 * hash and, for a key of up to 12 characters each below U+0100 (child identifiers are), the key
 * itself packed four characters a number: a look-up then reads one place in memory, where
 * comparing with the key's string would cost two more cache misses.
 */

const EMPTY = -1;
/** Slots to start with; always a power of two, so a hash's low bits choose the slot. */
const FIRST_CAPACITY = 1024;
/** Numbers a slot: entry, hash, packed length (NOT_PACKED when the key is kept as a string),
 * then the packed characters. */
const STRIDE = 6;
const WORDS = 3;
const NOT_PACKED = -1;

export class TextIndex {
  private slots = emptySlots(FIRST_CAPACITY);
  private readonly keys: string[] = [];
  private readonly values: number[] = [];
  /** The key last read by `read`: its packed length (or NOT_PACKED) and characters. */
  private readonly packed = new Int32Array(1 + WORDS);

  get size(): number {
    return this.keys.length;
  }

  /** The key's value if it has one; otherwise gives it `value` and returns -1. */
  getOrAdd(key: string, value: number): number {
    if (this.keys.length * 2 * STRIDE >= this.slots.length) this.grow();
    const h = this.read(key);
    const at = this.find(key, h);
    const entry = this.slots[at]!;
    if (entry !== EMPTY) return this.values[entry]!;
    this.slots[at] = this.keys.length;
    this.slots[at + 1] = h;
    this.slots.set(this.packed, at + 2);
    this.keys.push(key);
    this.values.push(value);
    return EMPTY;
  }

  /** The key's value, or -1 when it has none. */
  get(key: string): number {
    const entry = this.slots[this.find(key, this.read(key))]!;
    return entry === EMPTY ? EMPTY : this.values[entry]!;
  }

  /**
   * The key's hash (FNV-1a over its UTF-16 code units); packs it into `packed` on the way when
   * it is short and each character is below U+0100.
   */
  private read(key: string): number {
    const packed = this.packed;
    let packable = key.length <= 4 * WORDS;
    packed.fill(0);
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      h = Math.imul(h ^ code, 0x01000193);
      if (code > 0xff) packable = false;
      else if (packable) packed[1 + (i >> 2)]! |= code << ((i & 3) * 8);
    }
    packed[0] = packable ? key.length : NOT_PACKED;
    return h | 0;
  }

  /** Where the slot holding `key` is in `slots`, or where the empty slot it would go in is. */
  private find(key: string, h: number): number {
    const slots = this.slots;
    const size = slots.length;
    let at = (h & (size / STRIDE - 1)) * STRIDE;
    for (let entry = slots[at]!; entry !== EMPTY; entry = slots[at]!) {
      if (slots[at + 1] === h && this.holds(at, entry, key)) return at;
      at += STRIDE;
      if (at === size) at = 0;
    }
    return at;
  }

  /** Whether the slot at `at` (entry `entry`) holds the key `read` last read. */
  private holds(at: number, entry: number, key: string): boolean {
    const [slots, packed] = [this.slots, this.packed];
    if (packed[0] === NOT_PACKED) return slots[at + 2] === NOT_PACKED && this.keys[entry] === key;
    return (
      slots[at + 2] === packed[0] &&
      slots[at + 3] === packed[1] &&
      slots[at + 4] === packed[2] &&
      slots[at + 5] === packed[3]
    );
  }

  private grow(): void {
    const old = this.slots;
    this.slots = emptySlots((2 * old.length) / STRIDE);
    const size = this.slots.length;
    for (let p = 0; p < old.length; p += STRIDE) {
      if (old[p] === EMPTY) continue;
      let at = (old[p + 1]! & (size / STRIDE - 1)) * STRIDE;
      while (this.slots[at] !== EMPTY) {
        at += STRIDE;
        if (at === size) at = 0;
      }
      this.slots.set(old.subarray(p, p + STRIDE), at);
    }
  }
}

/** `capacity` free slots. */
function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(STRIDE * capacity);
  for (let p = 0; p < slots.length; p += STRIDE) slots[p] = EMPTY;
  return slots;
}
