/**
 * Child identifiers as dense indexes 0, 1, 2 … shared by every list. A record set's own
 * children come first, each at its place in `records.children`; identifiers found only in the
 * lists follow. A record whose reader gave its child's place (ChildKeys) takes that index, so a
 * list read from files costs no hashing at all. Other records are found by identifier in an
 * open-addressing hash table over typed arrays (about twice as fast as a `Map` at this size),
 * filled with `records.children` the first time one is needed. Each identifier is in
 * `records.children` once (readers and the store keep one child per identifier); were one
 * there twice, its first place would be used.
 */
import type { Child, ChildKeys, RecordSet } from '../domain/index.ts';
import { RECORD_LISTS } from '../domain/index.ts';

/** Interns child identifiers; the same identifier always gets the same index. */
export interface ChildIndex {
  /** Each record's child index, in the list's order (the reader's keys where it gave them). */
  column(list: readonly { childId: string }[]): Int32Array;
  indexOf(childId: string): number;
  /** The record set's child at an index, if the index is one of theirs. */
  childAt(index: number): Child | undefined;
  /** Every index given so far is below it. */
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

/** Identifiers to indexes by hash, in the order they are added. */
class HashedIds {
  private readonly ids: string[] = [];
  private hashes: Int32Array;
  private slots: Int32Array;

  constructor(expected: number) {
    this.hashes = new Int32Array(capacityFor(expected) / 2);
    this.slots = new Int32Array(capacityFor(expected)).fill(EMPTY);
  }

  /** The identifier's index, adding it with the next index when new. */
  indexOf(childId: string): number {
    const hash = hashOf(childId);
    const found = this.lookUp(childId, hash);
    return found === EMPTY ? this.add(childId, hash) : found;
  }

  /**
   * Gives the identifier the next index, even if it has one: a look-up finds the first (linear
   * probing meets it first), so each index stays the place it was given for.
   */
  add(childId: string, hash = hashOf(childId)): number {
    if (this.ids.length === this.hashes.length) this.grow();
    this.hashes[this.ids.length] = hash;
    this.ids.push(childId);
    this.place(this.ids.length - 1);
    return this.ids.length - 1;
  }

  get count(): number {
    return this.ids.length;
  }

  private lookUp(childId: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const index = this.slots[p]!;
      if (index === EMPTY || (this.hashes[index] === hash && this.ids[index] === childId)) {
        return index;
      }
    }
  }

  private place(index: number): void {
    const mask = this.slots.length - 1;
    let p = this.hashes[index]! & mask;
    while (this.slots[p] !== EMPTY) p = (p + 1) & mask;
    this.slots[p] = index;
  }

  private grow(): void {
    const grown = new Int32Array(this.hashes.length * 2);
    grown.set(this.hashes);
    this.hashes = grown;
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let index = 0; index < this.ids.length; index++) this.place(index);
  }
}

/**
 * The child index of a record set: `records.children` at their places, `keys` (a reader's,
 * for these lists) used where they hold. `expected` sizes the hash table should it be needed.
 */
export function childIndex(
  records: Pick<RecordSet, 'children'> & Partial<RecordSet>,
  keys: ChildKeys = {},
  expected = records.children.length,
): ChildIndex {
  const known = records.children;
  const keysOf = new Map<readonly object[], Int32Array>();
  for (const name of RECORD_LISTS) {
    const [list, given] = [records[name], keys[name]];
    if (list && given?.length === list.length) keysOf.set(list, given);
  }
  let hashed: HashedIds | null = null;
  let count = known.length;

  /** The hash table, made on first need with every known child at its place. */
  function table(): HashedIds {
    if (hashed !== null) return hashed;
    hashed = new HashedIds(Math.max(expected, known.length));
    for (const child of known) hashed.add(child.childId);
    return hashed;
  }

  function indexOf(childId: string): number {
    const index = table().indexOf(childId);
    if (index >= count) count = index + 1;
    return index;
  }

  return {
    column(list) {
      const given = keysOf.get(list);
      const child = new Int32Array(list.length);
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!.childId;
        const key = given === undefined ? EMPTY : given[i]!;
        child[i] = key >= 0 && key < known.length ? key : indexOf(id);
      }
      return child;
    },
    indexOf,
    childAt: (index) => (index < known.length ? known[index] : undefined),
    count: () => count,
  };
}
