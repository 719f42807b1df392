/**
 * One record per key (list, child, key date) and one child per child id, whichever file the
 * rows came from. Later rows win; duplicates are reported as warnings.
 */
import type { Child, Issue } from '../domain/index.ts';
import type { Place } from './cell-reader.ts';

/** A row's place: its table and its row number. */
export interface RowPlace extends Place {
  row: number;
}

interface Seen {
  index: number;
  at: RowPlace;
  child: Child;
}

/** Keeps the first-seen order of records while later rows replace earlier ones. */
export class RecordMerger {
  private readonly seen = new Map<string, Seen>();

  constructor(private readonly issues: Issue[]) {}

  /**
   * Adds a record to `target` under `key`, unless a record with that key is already there: an
   * exact duplicate is counted once; a differing one replaces it whole. Either way, a warning.
   * `keyName` names the key date's column for the message.
   */
  add<R extends object>(
    target: R[],
    key: string,
    record: R,
    child: Child,
    at: RowPlace,
    keyName: string,
  ): void {
    const before = this.seen.get(key);
    if (before === undefined) {
      this.seen.set(key, { index: target.length, at, child });
      target.push(record);
      return;
    }
    const earlier = target[before.index];
    if (earlier !== undefined && sameValues(earlier, record) && sameValues(before.child, child)) {
      this.warn(at, `Duplicate row, counted once: the same as ${rowName(before.at, at)}.`);
      return;
    }
    target[before.index] = record;
    this.seen.set(key, { index: before.index, at, child });
    const earlierRow = rowName(before.at, at);
    this.warn(
      at,
      `Same child and ${keyName} as ${earlierRow}, but other values differ: row ${at.row} is used and ${earlierRow} set aside.`,
    );
  }

  private warn(at: RowPlace, message: string): void {
    this.issues.push({ severity: 'warning', ...at, message });
  }
}

/** `row 4`, or `row 4 of "List 3 (May).csv"` when it is in another file or sheet. */
function rowName(earlier: RowPlace, now: RowPlace): string {
  const sameTable = earlier.file === now.file && earlier.sheet === now.sheet;
  if (sameTable) return `row ${earlier.row}`;
  const table = earlier.sheet === undefined ? earlier.file : `${earlier.file}, ${earlier.sheet}`;
  return `row ${earlier.row} of "${table}"`;
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

/** One child per child id, in first-seen order; the last row read wins. */
export class ChildRegistry {
  private readonly index = new Map<string, number>();

  constructor(private readonly children: Child[]) {}

  set(child: Child): void {
    const at = this.index.get(child.childId);
    if (at === undefined) {
      this.index.set(child.childId, this.children.length);
      this.children.push(child);
    } else {
      this.children[at] = child;
    }
  }
}
