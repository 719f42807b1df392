/**
 * One record per key (list, child, key date), whichever file the rows came from (the children
 * themselves: child-registry.ts). Later rows win; duplicates are reported as warnings. Kept lean for millions
 * of rows: numeric keys, and what each record came from in typed arrays by its place in its list.
 *
 * Finding a key among millions costs a cache miss or two a row in a hash table of that size. But
 * a council's lists are written in date order, so a row's key date is nearly always later than
 * any its child (or adopter) had before in the list, and then its key is new: each list keeps
 * every subject's latest key, a few megabytes read in order of children, and the hash table of
 * keys is built only when a row is not the latest of its child, and kept from then on.
 */
import {
  type Child,
  type ChildKeys,
  type Contact,
  type ContactColumns,
  type Day,
  type Issue,
  RECORD_LISTS,
  type RecordSet,
} from '../domain/index.ts';
import type { Place } from './cell-reader.ts';
import { type ChildRegistry, TextNumbers, type Told } from './child-registry.ts';
import { WholeNumberIndex } from './whole-number-index.ts';

const LISTS = 16;
const DAY_SPAN = 2 ** 23;
const DAY_OFFSET = 2 ** 22;
/** Keys a subject (a child's or adopter's number) spans: every list and day. */
const SUBJECT_SPAN = LISTS * DAY_SPAN;
const FIRST_CAPACITY = 1024;
/** Numbers a record's child details in ListKeys: what Told holds (gender, ethnicity, birth). */
const ABOUT_ROW = 3;
/** Said of records put in a list by others: it matches no row (numbers are 0 or more). */
const UNTOLD: Told = Int32Array.of(-1, -1, -1);

/** A number unique to a list, child (by registry index) and key date, for up to 2^26 children. */
export function recordKey(list: number, childIndex: number, day: Day): number {
  return (childIndex * LISTS + list) * DAY_SPAN + (day + DAY_OFFSET);
}

/** What a read knows of the records in one list's array, by their place in it. */
class ListKeys {
  count = 0;
  keys: Float64Array = new Float64Array(FIRST_CAPACITY);
  /** Each record's child index in the registry (-1 where not given). */
  childIndexes: Int32Array = new Int32Array(FIRST_CAPACITY);
  rows: Int32Array = new Int32Array(FIRST_CAPACITY);
  /** Each record's place, as an index into MergeState's places. */
  places: Int32Array = new Int32Array(FIRST_CAPACITY);
  /** What the record's row said of its child, as TextNumbers numbers (ABOUT_ROW a record). */
  about: Int32Array = new Int32Array(ABOUT_ROW * FIRST_CAPACITY);
  /** Per subject, the latest key's part below SUBJECT_SPAN among its records here; -1: none. */
  latest: Int32Array = new Int32Array(FIRST_CAPACITY).fill(-1);
  /** Key to place in the list, once a row came that was not its subject's latest. */
  index: WholeNumberIndex | null = null;

  /** Whether `key` is later than every key its subject has here (and so new); notes it if so. */
  isLatest(key: number): boolean {
    const subject = Math.floor(key / SUBJECT_SPAN);
    const within = key - subject * SUBJECT_SPAN;
    if (subject < 0) return false;
    if (subject >= this.latest.length) this.latest = grownLatest(this.latest, subject);
    if (within <= this.latest[subject]!) return false;
    this.latest[subject] = within;
    return true;
  }

  /** The place of the record with `key`, or -1 after giving the key the place `at`. */
  placeOf(key: number, at: number): number {
    if (this.index === null) this.index = this.indexOfKeys();
    return this.index.getOrAdd(key, at);
  }

  /** Adds a record's facts at the end (place `count`), after any records put there by others. */
  push(length: number, key: number, childIndex: number, row: number, place: number, told: Told) {
    while (this.count < length) this.append(Number.NaN, -1, 0, -1, UNTOLD);
    this.index?.getOrAdd(key, this.count);
    this.append(key, childIndex, row, place, told);
  }

  set(at: number, childIndex: number, row: number, place: number, told: Told): void {
    this.childIndexes[at] = childIndex;
    this.rows[at] = row;
    this.places[at] = place;
    const p = ABOUT_ROW * at;
    this.about[p] = told[0]!;
    this.about[p + 1] = told[1]!;
    this.about[p + 2] = told[2]!;
  }

  /** Whether the record at `at` was told the same of its child as `told`. */
  toldSame(at: number, told: Told): boolean {
    const p = ABOUT_ROW * at;
    const about = this.about;
    return about[p] === told[0] && about[p + 1] === told[1] && about[p + 2] === told[2];
  }

  private append(key: number, childIndex: number, row: number, place: number, told: Told) {
    if (this.count === this.keys.length) this.grow();
    this.keys[this.count] = key;
    this.set(this.count, childIndex, row, place, told);
    this.count += 1;
  }

  /** Makes room for `count` records in all without growing on the way. */
  reserve(count: number): void {
    if (count > this.keys.length) this.grow(count);
  }

  private grow(size = 2 * this.keys.length): void {
    this.keys = grown(this.keys, new Float64Array(size));
    this.childIndexes = grown(this.childIndexes, new Int32Array(size));
    this.rows = grown(this.rows, new Int32Array(size));
    this.places = grown(this.places, new Int32Array(size));
    this.about = grown(this.about, new Int32Array(ABOUT_ROW * size));
  }

  private indexOfKeys(): WholeNumberIndex {
    const index = new WholeNumberIndex();
    for (let at = 0; at < this.count; at++) {
      if (!Number.isNaN(this.keys[at]!)) index.getOrAdd(this.keys[at]!, at);
    }
    return index;
  }
}

function grown<A extends Float64Array | Int32Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

function grownLatest(latest: Int32Array, subject: number): Int32Array {
  let size = latest.length;
  while (size <= subject) size *= 2;
  const out = new Int32Array(size).fill(-1);
  out.set(latest);
  return out;
}

/** The keys seen in a whole read, list by list, and where each record came from. */
export class MergeState {
  readonly places: Place[] = [];
  private readonly lists = new Map<object, ListKeys>();
  constructor(
    readonly issues: Issue[],
    /** What rows say of children, numbered (the read's ChildRegistry shares them). */
    readonly numbers = new TextNumbers(),
  ) {}

  /** The keys of the records in `target`. */
  keysOf(target: object): ListKeys {
    const keys = this.lists.get(target) ?? new ListKeys();
    this.lists.set(target, keys);
    return keys;
  }

  /** A number for a place, for the records read there. */
  placeNumber(place: Place): number {
    return this.places.push(place) - 1;
  }

  /** The child keys of `records`' lists that every record went into through this state. */
  childKeys(records: RecordSet): ChildKeys {
    const out: ChildKeys = {};
    for (const list of RECORD_LISTS) {
      const keys = this.lists.get(records[list]);
      if (keys?.count === records[list].length) out[list] = keys.childIndexes.slice(0, keys.count);
    }
    return out;
  }

  /** Where each record of `target` was read (the row that won, for merged duplicates). */
  sourcesOf(target: readonly object[]): { file: string; row: number }[] {
    const keys = this.lists.get(target);
    const out: { file: string; row: number }[] = [];
    for (let at = 0; at < (keys?.count ?? 0); at++) {
      const place = this.places[keys!.places[at]!];
      if (place) out[at] = { file: place.file, row: keys!.rows[at]! };
    }
    return out;
  }
}

/**
 * Where a list's records go when not into an array of them: columns (ContactColumnsTarget),
 * which give a record back (made from its columns) only to compare a repeated key's values.
 */
export interface MergeTarget<R> {
  readonly length: number;
  /** Makes room for `count` records in all (a table's estimated rows). */
  reserve(count: number): void;
  push(record: R, childIndex: number): void;
  at(place: number): R;
  set(place: number, record: R, childIndex: number): void;
}

/** Contacts merged into columns (ReadOptions.asColumns), their records not kept. */
export class ContactColumnsTarget implements MergeTarget<Contact> {
  length = 0;
  private child = new Int32Array(FIRST_CAPACITY);
  private date = new Int32Array(FIRST_CAPACITY);
  private source = new Int32Array(FIRST_CAPACITY);
  /** The sources numbered, and the last one numbered (most rows give the one before's). */
  private readonly sources = new TextNumbers();
  private lastSource: string | null = null;
  private lastNumber = 0;

  /** `children`: the read's children, whose indexes the merge gives. */
  constructor(private readonly children: Pick<ChildRegistry, 'idOf'>) {}

  push(record: Contact, childIndex: number): void {
    if (this.length === this.date.length) this.reserve(2 * this.length);
    this.set(this.length, record, childIndex);
    this.length += 1;
  }

  reserve(count: number): void {
    if (count <= this.date.length) return;
    this.child = grown(this.child, new Int32Array(count));
    this.date = grown(this.date, new Int32Array(count));
    this.source = grown(this.source, new Int32Array(count));
  }

  at(place: number): Contact {
    const childId = this.children.idOf(this.child[place]!) ?? '';
    const source = this.sources.text(this.source[place]!);
    return { childId, contactDate: this.date[place]!, source };
  }

  set(place: number, record: Contact, childIndex: number): void {
    this.child[place] = childIndex;
    this.date[place] = record.contactDate;
    if (record.source !== this.lastSource) {
      this.lastSource = record.source;
      this.lastNumber = this.sources.number(record.source);
    }
    this.source[place] = this.lastNumber;
  }

  columns(): ContactColumns {
    const n = this.length;
    return {
      child: this.child.slice(0, n),
      date: this.date.slice(0, n),
      source: this.source.slice(0, n),
      sources: this.sources.all(),
    };
  }
}

/** Merges one table's records into their list's array (or columns). */
export class TableMerger<R extends object> {
  private readonly keys: ListKeys;
  private readonly placeNumber: number;

  constructor(
    private readonly state: MergeState,
    private readonly target: R[] | MergeTarget<R>,
    private readonly place: Place,
    /** The key date's column, as the file names it, for messages. */
    private readonly keyName: string,
    /** Whom the records are about, for messages: `child`, or `adopter` for Annex A List 11. */
    private readonly subject = 'child',
  ) {
    this.keys = state.keysOf(target);
    this.placeNumber = state.placeNumber(place);
  }

  /** Makes room for `rows` more records without growing on the way (a table's estimated rows). */
  expect(rows: number): void {
    const target = this.target;
    this.keys.reserve(this.keys.count + rows);
    if (!Array.isArray(target)) target.reserve(target.length + rows);
  }

  /**
   * Adds the record unless its key is already there: an exact duplicate (record and child) is
   * counted once; a differing one replaces the earlier record whole, in its place. Either way,
   * a warning. `childIndex` is the child's in the read's registry, -1 when not known.
   */
  add(key: number, record: R, child: Readonly<Child>, row: number, childIndex = -1): void {
    const keys = this.keys;
    const target = this.target;
    const told = this.state.numbers.tell(child);
    const at = keys.isLatest(key) ? -1 : keys.placeOf(key, target.length);
    if (at >= 0) {
      this.merge(at, record, told, row, childIndex);
      return;
    }
    keys.push(target.length, key, childIndex, row, this.placeNumber, told);
    if (Array.isArray(target)) target.push(record);
    else target.push(record, childIndex);
  }

  /** A second row for a key: counted once when the same, else it replaces the first. */
  private merge(at: number, record: R, told: Told, row: number, childIndex: number): void {
    const keys = this.keys;
    const earlierRow = rowName(this.state.places[keys.places[at]!]!, keys.rows[at]!, this.place);
    const target = this.target;
    const earlier = Array.isArray(target) ? target[at]! : target.at(at);
    if (sameValues(earlier, record) && keys.toldSame(at, told)) {
      this.warn(
        row,
        `Duplicate row, counted once: every column Outturn reads matches ${earlierRow}.`,
      );
      return;
    }
    if (Array.isArray(target)) target[at] = record;
    else target.set(at, record, childIndex);
    keys.set(at, childIndex, row, this.placeNumber, told);
    this.warn(
      row,
      `Same ${this.subject} and ${this.keyName} as ${earlierRow}, but other values differ: row ${row} is used and ${earlierRow} set aside.`,
    );
  }

  private warn(row: number, message: string): void {
    this.state.issues.push({ severity: 'warning', ...this.place, row, message });
  }
}

/** `row 4`, or `row 4 of "List 3 (May).csv"` when it is in another file or sheet. */
function rowName(earlier: Place, row: number, now: Place): string {
  if (earlier === now) return `row ${row}`;
  const table = earlier.sheet === undefined ? earlier.file : `${earlier.file}, ${earlier.sheet}`;
  return `row ${row} of "${table}"`;
}

/** Whether two flat records hold the same values under the same names. */
function sameValues(a: object, b: object): boolean {
  const left = Object.entries(a);
  const right = Object.entries(b);
  return (
    left.length === right.length &&
    left.every(([name, value], i) => right[i]?.[0] === name && Object.is(right[i]?.[1], value))
  );
}
