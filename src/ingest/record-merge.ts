/**
 * One record per key (list, child, key date) and one child per child id, whichever file the
 * rows came from. Later rows win; duplicates are reported as warnings. Kept lean for millions
 * of rows: numeric keys, and where each record came from in parallel arrays.
 */
import {
  type Child,
  type ChildKeys,
  type Day,
  type Issue,
  RECORD_LISTS,
  type RecordSet,
} from '../domain/index.ts';
import type { Place } from './cell-reader.ts';
import { TextIndex } from './text-index.ts';
import { WholeNumberIndex } from './whole-number-index.ts';

const LISTS = 16;
const DAY_SPAN = 2 ** 23;
const DAY_OFFSET = 2 ** 22;

/** A number unique to a list, child (by registry index) and key date, for up to 2^26 children. */
export function recordKey(list: number, childIndex: number, day: Day): number {
  return (childIndex * LISTS + list) * DAY_SPAN + (day + DAY_OFFSET);
}

/** The keys seen in a whole read, and for each the record's index, place, row and child. */
export class MergeState {
  readonly slots = new WholeNumberIndex();
  readonly index: number[] = [];
  readonly places: Place[] = [];
  readonly rows: number[] = [];
  readonly children: Child[] = [];
  /** Per list array: each record's child index in the registry (-1 where not given). */
  private readonly keys = new Map<readonly object[], number[]>();

  constructor(readonly issues: Issue[]) {}

  /** The child indexes of the records in `target`, in its order. */
  keysOf(target: readonly object[]): number[] {
    const keys = this.keys.get(target) ?? [];
    this.keys.set(target, keys);
    return keys;
  }

  /** The child keys of `records`' lists that every record went into through this state. */
  childKeys(records: RecordSet): ChildKeys {
    const out: ChildKeys = {};
    for (const list of RECORD_LISTS) {
      const keys = this.keys.get(records[list]);
      if (keys?.length === records[list].length) out[list] = Int32Array.from(keys);
    }
    return out;
  }
}

/** Merges one table's records into their list's array. */
export class TableMerger<R extends object> {
  /** Each record's child index, in the target's order (MergeState.keysOf). */
  private readonly keys: number[];

  constructor(
    private readonly state: MergeState,
    private readonly target: R[],
    private readonly place: Place,
    /** The key date's column, as the file names it, for messages. */
    private readonly keyName: string,
    /** Whom the records are about, for messages: `child`, or `adopter` for Annex A List 11. */
    private readonly subject = 'child',
  ) {
    this.keys = state.keysOf(target);
  }

  /**
   * Adds the record unless its key is already there: an exact duplicate (record and child) is
   * counted once; a differing one replaces the earlier record whole, in its place. Either way,
   * a warning. `childIndex` is the child's in the read's registry, -1 when not known.
   */
  add(key: number, record: R, child: Child, row: number, childIndex = -1): void {
    const slot = this.state.slots.getOrAdd(key, this.state.index.length);
    if (slot < 0) this.insert(record, child, row, childIndex);
    else this.merge(slot, record, child, row, childIndex);
  }

  /** A second row for a key: counted once when the same, else it replaces the first. */
  private merge(slot: number, record: R, child: Child, row: number, childIndex: number): void {
    const s = this.state;
    const at = s.index[slot]!;
    const earlierRow = rowName(s.places[slot]!, s.rows[slot]!, this.place);
    if (sameValues(this.target[at]!, record) && sameChild(s.children[slot]!, child)) {
      this.warn(
        row,
        `Duplicate row, counted once: every column Outturn reads matches ${earlierRow}.`,
      );
      return;
    }
    this.target[at] = record;
    this.keys[at] = childIndex;
    s.places[slot] = this.place;
    s.rows[slot] = row;
    s.children[slot] = child;
    this.warn(
      row,
      `Same ${this.subject} and ${this.keyName} as ${earlierRow}, but other values differ: row ${row} is used and ${earlierRow} set aside.`,
    );
  }

  private insert(record: R, child: Child, row: number, childIndex: number): void {
    const s = this.state;
    while (this.keys.length < this.target.length) this.keys.push(-1); // put there by others
    this.keys.push(childIndex);
    s.index.push(this.target.length);
    s.places.push(this.place);
    s.rows.push(row);
    s.children.push(child);
    this.target.push(record);
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

function sameChild(a: Child | undefined, b: Readonly<Child>): boolean {
  return a !== undefined && a.childId === b.childId && sameAbout(a, b);
}

/** Whether two rows say the same of a child (its identifier aside). */
function sameAbout(a: Readonly<Child>, b: Readonly<Child>): boolean {
  return a.gender === b.gender && a.ethnicity === b.ethnicity && a.birthDate === b.birthDate;
}

/** A copy of a child (a literal, not a spread: this runs for every child of a large read). */
function copyOf(child: Readonly<Child>): Child {
  const { childId, gender, ethnicity, birthDate } = child;
  return { childId, gender, ethnicity, birthDate };
}

/** One child per child id, in first-seen order; the last row read wins. */
export class ChildRegistry {
  private readonly index = new TextIndex();

  constructor(private readonly children: Child[]) {}

  /**
   * Records what a row says of a child and returns the child's index. The registry keeps its
   * own copy, made only when the child is new or changed, so `child` may be reused.
   */
  set(child: Readonly<Child>): number {
    const at = this.index.getOrAdd(child.childId, this.children.length);
    if (at === -1) return this.children.push(copyOf(child)) - 1;
    // the index matched the identifier; reading it again from the child would cost a cache miss
    if (!sameAbout(this.children[at]!, child)) this.children[at] = copyOf(child);
    return at;
  }

  /** The child at an index `set` returned. */
  at(index: number): Child {
    return this.children[index]!;
  }
}
