/**
 * A hash index numbering texts (a child's id) in the order first seen, for millions of look-ups
 * of texts read fresh from a file: open addressing over one typed array, about twice as fast as
 * a Map here (a Map hashes each new string object, then chases pointers). Each slot holds the
 * key's number, its hash and, for a key of up to 12 characters each below U+0100 (child
 * identifiers are), the key itself packed four characters a number: a look-up then reads one
 * place in memory, where comparing with the key's string, or reading a value kept elsewhere,
 * would cost another cache miss each.
 */

/** A free slot's first number: slots hold a key's number plus one, so new arrays are all free. */
const FREE = 0;
/** Slots to start with; always a power of two, so a hash's low bits choose the slot. */
const FIRST_CAPACITY = 1024;
/** Numbers a slot: the key's number plus one, hash, packed length (NOT_PACKED when the key is
 * kept as a string), then the packed characters. */
const STRIDE = 6;
const WORDS = 3;
const NOT_PACKED = -1;

export class TextIndex {
  private slots = new Int32Array(STRIDE * FIRST_CAPACITY);
  /** The keys, by number. */
  private readonly keys: string[] = [];
  /** The key last read by `read`: its packed length (or NOT_PACKED) and characters. */
  private readonly packed = new Int32Array(1 + WORDS);

  get size(): number {
    return this.keys.length;
  }

  /** Makes room for `count` keys in all without growing on the way. */
  reserve(count: number): void {
    while (count * 2 * STRIDE >= this.slots.length) this.grow();
  }

  /** The key's number if it has one; otherwise gives it the next (`size` before) and returns -1. */
  getOrAdd(key: string): number {
    if (this.keys.length * 2 * STRIDE >= this.slots.length) this.grow();
    const h = this.read(key);
    const at = this.find(key, h);
    const found = this.slots[at]!;
    if (found !== FREE) return found - 1;
    this.slots[at] = this.keys.push(key);
    this.slots[at + 1] = h;
    this.slots.set(this.packed, at + 2);
    return -1;
  }

  /** The key's number, or -1 when it has none. */
  get(key: string): number {
    return this.slots[this.find(key, this.read(key))]! - 1;
  }

  /** The key numbered `number`. */
  keyOf(number: number): string | undefined {
    return this.keys[number];
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

  /** Where the slot holding `key` is in `slots`, or where the free slot it would go in is. */
  private find(key: string, h: number): number {
    const slots = this.slots;
    const size = slots.length;
    let at = (h & (size / STRIDE - 1)) * STRIDE;
    for (let found = slots[at]!; found !== FREE; found = slots[at]!) {
      if (slots[at + 1] === h && this.holds(at, found - 1, key)) return at;
      at += STRIDE;
      if (at === size) at = 0;
    }
    return at;
  }

  /** Whether the slot at `at` (the key numbered `number`) holds the key `read` last read. */
  private holds(at: number, number: number, key: string): boolean {
    const [slots, packed] = [this.slots, this.packed];
    if (packed[0] === NOT_PACKED) return slots[at + 2] === NOT_PACKED && this.keys[number] === key;
    return (
      slots[at + 2] === packed[0] &&
      slots[at + 3] === packed[1] &&
      slots[at + 4] === packed[2] &&
      slots[at + 5] === packed[3]
    );
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    const size = this.slots.length;
    for (let p = 0; p < old.length; p += STRIDE) {
      if (old[p] === FREE) continue;
      let at = (old[p + 1]! & (size / STRIDE - 1)) * STRIDE;
      while (this.slots[at] !== FREE) {
        at += STRIDE;
        if (at === size) at = 0;
      }
      this.slots.set(old.subarray(p, p + STRIDE), at);
    }
  }
}
