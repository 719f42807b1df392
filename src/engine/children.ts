/**
 * Child identifiers as dense indexes 0, 1, 2 … shared by every list. Where a reader gave each
 * record's child as its place in `records.children` (ChildKeys), a list read from files costs no
 * hashing at all: each place is numbered at its first record, by an array over the places, so
 * children known only from contacts (most of them, looked for only among other lists' children)
 * take no index and arrays by child stay small. Any record without a key is then found by
 * identifier in a hash table holding every child at its place. Without keys (records from the
 * database), identifiers are interned in order of first sight. The hash table is open
 * addressing over typed arrays, about twice as fast as a `Map` at this size. Each identifier is
 * in `records.children` once (readers and the store keep one child per identifier); were one
 * there twice, its first place would be used.
 */
import type { ChildKeys, ChildList, RecordList, RecordSet } from '../domain/index.ts';
import { RECORD_LISTS } from '../domain/index.ts';
import { NONE } from './columns.ts';
import { type RecordsOf, valueAt } from './list-fields.ts';

/**
 * A record's child identifier. Each caller passes its own (`(r) => r.childId`), so the property
 * is read where one kind of record is seen: read in one shared loop over every kind, it is a slow
 * look-up each time (V8's megamorphic property access).
 */
type IdOf<R> = (record: R) => string;

/** Interns child identifiers; the same identifier always gets the same index. */
export interface ChildIndex {
  /** Each record's child index, in the list's order. */
  column<R extends { childId: string }>(list: RecordsOf<R>, idOf: IdOf<R>): Int32Array;
  /**
   * A list whose children matter only where other lists (`among`, child columns) have them
   * (contacts, for the referrals that follow them), matched to those without numbering its own:
   * with keys by place (the list's keys as they are, a copy of a million-odd spared), without
   * keys by index (a child not among them is passed over by a Bloom filter before any look-up).
   */
  matched<R>(list: readonly R[], idOf: IdOf<R>, among: readonly Int32Array[]): Matched;
  /** `matched` for a list given only as its keys (ContactColumns): the index must be keyed. */
  matchedKeys(keys: Int32Array): Matched;
  indexOf(childId: string): number;
  /** Dates of birth by index (`NONE` when not known), for the indexes in the `wanted` lists. */
  birthDates(wanted: readonly Int32Array[]): Int32Array;
  /** Every index given so far is below it. */
  count(): number;
}

/** A list's children as places, and the child index of each place (ChildIndex.matched). */
export interface Matched {
  /** Each record's child: a place, or -1 where its child is not among the other lists'. */
  child: Int32Array;
  /**
   * Each place's child index, -1 for a place not numbered (read beyond its end as -1 too);
   * null when the places are the indexes.
   */
  indexes: Int32Array | null;
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

/**
 * Identifiers to indexes by hash, in the order they are added. Each slot holds an index and
 * that identifier's hash side by side, so a probe reads one place in memory, and the identifier
 * itself only when the hashes agree.
 */
class HashedIds {
  private readonly ids: string[] = [];
  /** Each identifier's hash, by index (for growing). */
  private hashes: Int32Array;
  /** Slot p: [2p] an index (EMPTY when free), [2p + 1] its identifier's hash. */
  private slots: Int32Array;

  constructor(expected: number) {
    this.hashes = new Int32Array(capacityFor(expected) / 2);
    this.slots = emptySlots(capacityFor(expected));
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
    this.place(this.ids.length - 1, hash);
    return this.ids.length - 1;
  }

  /** The identifier's index, or -1 when it has none. */
  find(childId: string, hash = hashOf(childId)): number {
    return this.lookUp(childId, hash);
  }

  hashAt(index: number): number {
    return this.hashes[index]!;
  }

  get count(): number {
    return this.ids.length;
  }

  private lookUp(childId: string, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const index = slots[2 * p]!;
      if (index === EMPTY || (slots[2 * p + 1] === hash && this.ids[index] === childId)) {
        return index;
      }
    }
  }

  private place(index: number, hash: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let p = hash & mask;
    while (this.slots[2 * p] !== EMPTY) p = (p + 1) & mask;
    this.slots[2 * p] = index;
    this.slots[2 * p + 1] = hash;
  }

  private grow(): void {
    const grown = new Int32Array(this.hashes.length * 2);
    grown.set(this.hashes);
    this.hashes = grown;
    this.slots = emptySlots(this.slots.length); // twice the slots: two numbers a slot
    for (let index = 0; index < this.ids.length; index++) this.place(index, grown[index]!);
  }
}

/** `capacity` free slots. */
function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(2 * capacity);
  for (let p = 0; p < capacity; p++) slots[2 * p] = EMPTY;
  return slots;
}

/**
 * A one-hash Bloom filter over the hashes of some of a table's children: most others are passed over on one
 * bit test, in a few kilobytes that stay in cache, before any look-up in the table.
 */
class HashBits {
  private readonly bits: Int32Array;
  private readonly mask: number;

  /** For the children at the table's places in `places`. */
  constructor(table: HashedIds, places: readonly Int32Array[]) {
    let count = 0;
    for (const list of places) count += list.length;
    let words = 64;
    while (words * 32 < count * 16) words *= 2; // about 16 bits a child: a few % pass wrongly
    this.bits = new Int32Array(words);
    this.mask = words - 1;
    for (const list of places) {
      for (let k = 0; k < list.length; k++) {
        const hash = table.hashAt(list[k]!);
        this.bits[(hash >>> 5) & this.mask]! |= 1 << (hash & 31);
      }
    }
  }

  /** False when no child with this hash is among them; true when one may be. */
  mayHold(hash: number): boolean {
    return (this.bits[(hash >>> 5) & this.mask]! & (1 << (hash & 31))) !== 0;
  }
}

/**
 * Dates of birth by index of children interned by identifier: each child of `known` whose
 * identifier's hash may be wanted (most, known only from contacts, are not) is looked up.
 */
function birthsByIdentifier(
  known: ChildList,
  table: HashedIds,
  wanted: readonly Int32Array[],
): Int32Array {
  const births = new Int32Array(table.count).fill(NONE);
  const bits = new HashBits(table, wanted);
  for (let k = 0; k < known.length; k++) {
    const child = known.at(k)!;
    if (child.birthDate === null) continue;
    const hash = hashOf(child.childId);
    if (!bits.mayHold(hash)) continue;
    const index = table.find(child.childId, hash);
    if (index >= 0 && births[index] === NONE) births[index] = child.birthDate;
  }
  return births;
}

/** Whether every key is a place among `count` children. */
function allKnown(keys: Int32Array, count: number): boolean {
  for (let i = 0; i < keys.length; i++) if (keys[i]! < 0 || keys[i]! >= count) return false;
  return true;
}

/**
 * Places to dense indexes, in order of first sight. A place is a child's in `records.children`
 * (a reader's key) or, for an identifier not among them, its place in the hash table after
 * them. Most places are children known only from contacts, which are never numbered, so arrays
 * by index are a fraction of the size of arrays by place (and stay in cache where those do not).
 */
class Numbering {
  /** Each place's index, `EMPTY` until it is numbered. */
  private indexes: Int32Array;
  private readonly places: number[] = [];

  constructor(placeCount: number) {
    this.indexes = new Int32Array(placeCount).fill(EMPTY);
  }

  /** The place's index, giving it the next one when it has none. */
  indexAt(place: number): number {
    if (place >= this.indexes.length) this.grow(place);
    const index = this.indexes[place]!;
    if (index !== EMPTY) return index;
    this.indexes[place] = this.places.length;
    this.places.push(place);
    return this.places.length - 1;
  }

  /** Each place's index so far, `EMPTY` where none (the array is replaced when it grows). */
  get byPlace(): Int32Array {
    return this.indexes;
  }

  /** The place of an index (a method that may be passed as a function). */
  readonly placeOf = (index: number): number => this.places[index]!;

  get count(): number {
    return this.places.length;
  }

  private grow(place: number): void {
    const grown = new Int32Array(Math.max(2 * this.indexes.length, place + 1)).fill(EMPTY);
    grown.set(this.indexes);
    this.indexes = grown;
  }
}

/** Child columns' places. */
function placesOf(columns: readonly Int32Array[], numbering: Numbering): Int32Array[] {
  return columns.map((column) => column.map(numbering.placeOf));
}

/** The lists a child index numbers children of, as records or a reader's packed columns. */
export type ChildLists = { [L in RecordList]?: RecordsOf<RecordSet[L][number]> } & {
  children?: ChildList;
};

/** Record `i`'s child identifier, from its record or a packed list's column. */
function childIdAt<R extends { childId: string }>(list: RecordsOf<R>, idOf: IdOf<R>, i: number) {
  return Array.isArray(list) ? idOf(list[i]!) : valueAt<R, 'childId'>(list, 'childId', i);
}

/**
 * The child index of a record set, with `keys` (a reader's, for these lists) where given.
 * `expected` sizes the hash table: without keys, by default for the children of referrals and
 * care (most of the rest come with contacts, which are only looked up), so it stays in cache.
 * `keyed`: a list will come as keys alone (`matchedKeys`), so children are numbered by place.
 * The records' children may be a reader's ChildList, which makes the objects of only those asked
 * for.
 */
export function childIndex(
  records: ChildLists,
  keys: ChildKeys = {},
  expected = (records.referrals?.length ?? 0) + (records.carePeriods?.length ?? 0),
  keyed = false,
): ChildIndex {
  const known: ChildList = records.children ?? [];
  const keysOf = new Map<RecordsOf<unknown>, Int32Array>();
  for (const name of RECORD_LISTS) {
    const [list, given] = [records[name], keys[name]];
    if (list && given?.length === list.length) keysOf.set(list, given);
  }
  /**
   * Keyed: a child's place is its key, the table holds every child of `known` at its place,
   * and places are numbered in order of first sight. Without keys, the table's places (given in
   * order of first sight) are the indexes.
   */
  const numbering = keysOf.size > 0 || keyed ? new Numbering(known.length) : null;
  let hashed: HashedIds | null = null;

  function table(): HashedIds {
    if (hashed !== null) return hashed;
    hashed = new HashedIds(Math.max(expected, numbering !== null ? known.length : 0));
    if (numbering !== null) for (let k = 0; k < known.length; k++) hashed.add(known.at(k)!.childId);
    return hashed;
  }

  function indexOf(childId: string): number {
    const place = table().indexOf(childId);
    return numbering === null ? place : numbering.indexAt(place);
  }

  /** The key at `i` of a reader's keys: a child's place in `known`, or `EMPTY` when out of range. */
  function keyAt(given: Int32Array | undefined, i: number): number {
    if (given === undefined) return EMPTY;
    const key = given[i]!;
    return key >= 0 && key < known.length ? key : EMPTY;
  }

  return {
    column(list, idOf) {
      const given = keysOf.get(list);
      const child = new Int32Array(list.length);
      for (let i = 0; i < list.length; i++) {
        const key = keyAt(given, i);
        child[i] = key === EMPTY ? indexOf(childIdAt(list, idOf, i)) : numbering!.indexAt(key);
      }
      return child;
    },
    matched(list, idOf, among) {
      let bits: HashBits | null = null; // made only if a record has no key
      const given = keysOf.get(list);
      let child = given;
      if (given === undefined || !allKnown(given, known.length)) {
        child = new Int32Array(list.length);
        for (let i = 0; i < list.length; i++) {
          const key = keyAt(given, i);
          if (key !== EMPTY) {
            child[i] = key;
            continue;
          }
          bits ??= new HashBits(table(), numbering === null ? among : placesOf(among, numbering));
          const childId = idOf(list[i]!);
          const hash = hashOf(childId);
          child[i] = bits.mayHold(hash) ? table().find(childId, hash) : EMPTY;
        }
      }
      return { child: child!, indexes: numbering === null ? null : numbering.byPlace };
    },
    matchedKeys(keys) {
      if (numbering === null) throw new Error('a list given as keys needs a keyed child index');
      const child = allKnown(keys, known.length)
        ? keys
        : keys.map((key) => (key >= 0 && key < known.length ? key : EMPTY));
      return { child, indexes: numbering.byPlace };
    },
    indexOf,
    birthDates(wanted) {
      if (numbering === null) return birthsByIdentifier(known, table(), wanted);
      const births = new Int32Array(numbering.count).fill(NONE);
      for (const list of wanted) {
        for (const index of list)
          births[index] = known.at(numbering.placeOf(index))?.birthDate ?? NONE;
      }
      return births;
    },
    count: () => (numbering === null ? (hashed?.count ?? 0) : numbering.count),
  };
}
