/**
 * A hash index numbering texts (a child's id) in the order first seen, for millions of look-ups
 * of texts read fresh from a file: open addressing over typed arrays, about twice as fast as a
 * Map here (a Map hashes each new string object, then chases pointers). Most of a look-up's time
 * is memory: the table of a large council's 800,000 identifiers outgrows the processor's cache.
 * So a slot is small, the key's number (plus one: zero is free) and its hash, and the keys are
 * kept by number, each of up to 12 characters below U+0100 (child identifiers are) packed into
 * four numbers: a look-up reads the slot, and the packed key only where the hash matched. (Slots
 * holding the packed key too were three times the size and half as fast.) A packed key is not
 * kept as a string too: a text read fresh from a file and kept would live on in the collector's
 * young generation, to be copied out of it, and a million of them cost a large read about 0.4 s
 * (issue 4); `keyOf` makes the string again from the numbers.
 */

/** A free slot's number: slots hold a key's number plus one, so new arrays are all free. */
const FREE = 0;
/** Slots to start with; always a power of two, so a hash's low bits choose the slot. */
const FIRST_CAPACITY = 1024;
/** Numbers a slot: the key's number plus one, and its hash. */
const SLOT = 2;
/** Numbers a packed key: its length (NOT_PACKED when kept as a string only), then WORDS. */
const KEY = 4;
const WORDS = 3;
const NOT_PACKED = -1;

export class TextIndex {
  private slots = new Int32Array(SLOT * FIRST_CAPACITY);
  /** The keys by number, packed. */
  private packedKeys: Int32Array = new Int32Array(KEY * FIRST_CAPACITY);
  /** The keys not packed, by number (a packed key's place is empty). */
  private readonly texts: (string | undefined)[] = [];
  private count = 0;
  /** The key last read by `read`: its packed length (or NOT_PACKED) and characters. */
  private readonly packed = new Int32Array(KEY);

  get size(): number {
    return this.count;
  }

  /** Makes room for `count` keys in all without growing on the way. */
  reserve(count: number): void {
    while (count * 2 * SLOT >= this.slots.length) this.grow();
    if (count * KEY > this.packedKeys.length) this.packedKeys = grown(this.packedKeys, count * KEY);
  }

  /** The key's number if it has one; otherwise gives it the next (`size` before) and returns -1. */
  getOrAdd(key: string): number {
    if (this.count * 2 * SLOT >= this.slots.length) this.grow();
    const h = this.read(key);
    const at = this.find(key, h);
    const found = this.slots[at]!;
    if (found !== FREE) return found - 1;
    const number = this.count++;
    if (this.packed[0] === NOT_PACKED) this.texts[number] = key;
    this.slots[at] = number + 1;
    this.slots[at + 1] = h;
    if (KEY * (number + 1) > this.packedKeys.length) {
      this.packedKeys = grown(this.packedKeys, 2 * this.packedKeys.length);
    }
    const to = this.packedKeys;
    const from = this.packed;
    const p = KEY * number;
    to[p] = from[0]!;
    to[p + 1] = from[1]!;
    to[p + 2] = from[2]!;
    to[p + 3] = from[3]!;
    return -1;
  }

  /** The key's number, or -1 when it has none. */
  get(key: string): number {
    return this.slots[this.find(key, this.read(key))]! - 1;
  }

  /** The key numbered `number`, made again from its packed numbers unless kept as a string. */
  keyOf(number: number): string | undefined {
    if (number < 0 || number >= this.count) return undefined;
    const p = KEY * number;
    const keys = this.packedKeys;
    const length = keys[p]!;
    if (length === NOT_PACKED) return this.texts[number];
    const codes = new Array<number>(length);
    for (let i = 0; i < length; i++) codes[i] = (keys[p + 1 + (i >> 2)]! >>> ((i & 3) * 8)) & 0xff;
    return String.fromCharCode(...codes);
  }

  /**
   * The key's hash (FNV-1a over its UTF-16 code units); packs it into `packed` on the way when
   * it is short and each character is below U+0100.
   */
  private read(key: string): number {
    const packed = this.packed;
    let packable = key.length <= 4 * WORDS;
    packed[1] = 0;
    packed[2] = 0;
    packed[3] = 0;
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

  /** Where the slot holding `key` is in `slots`, or where the free slot it would go in is. */
  private find(key: string, h: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = (h << 1) & mask; // h · SLOT, kept a 32-bit integer
    for (let found = slots[at]!; found !== FREE; found = slots[at]!) {
      if (slots[at + 1] === h && this.holds(found - 1, key)) return at;
      at = (at + SLOT) & mask;
    }
    return at;
  }

  /** Whether the key numbered `number` is the key `read` last read. */
  private holds(number: number, key: string): boolean {
    const keys = this.packedKeys;
    const packed = this.packed;
    const p = KEY * number;
    if (packed[0] === NOT_PACKED) return keys[p] === NOT_PACKED && this.texts[number] === key;
    return (
      keys[p] === packed[0] &&
      keys[p + 1] === packed[1] &&
      keys[p + 2] === packed[2] &&
      keys[p + 3] === packed[3]
    );
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = slots.length - 1;
    for (let p = 0; p < old.length; p += SLOT) {
      if (old[p] === FREE) continue;
      let at = (old[p + 1]! << 1) & mask;
      while (slots[at] !== FREE) at = (at + SLOT) & mask;
      slots[at] = old[p]!;
      slots[at + 1] = old[p + 1]!;
    }
    this.slots = slots;
  }
}

/** An Int32Array of `size` numbers, the first `from`'s (for tables that grow by copying). */
export function grown(from: Int32Array, size: number): Int32Array {
  const to = new Int32Array(size);
  to.set(from);
  return to;
}
