/**
 * "Does this record's child have a later-list record 0 to `within` days after it?", by child
 * identifier, for a list too long to intern (the funnel's million-odd contacts): one sweep over
 * both lists in date order. Each later record is added once its date comes within `within` days
 * of the sweep; a small table holds, for each child added, the date of their latest record so
 * far, so a record on day `d` has a follow-up when its child's latest date is `d` or after. The
 * table keeps only children whose latest date the sweep has not passed (it is rebuilt without
 * the others as it fills), so it stays small and in cache: the cost is reading each identifier.
 */
import { hashOf } from './children.ts';
import { NONE } from './columns.ts';
import { orderByDay } from './order.ts';

/** A list as the sweep reads it: dates, and each record's child identifier. */
export interface Dated {
  date: Int32Array;
  idOf(record: number): string;
}

/** The later list: with each record's `hashOf` its identifier, when already known. */
export interface DatedLater extends Dated {
  hashOf?(record: number): number;
}

/** A free slot: no child, a latest date before any day. */
const EMPTY = NONE;

/** Children by identifier, each with their latest date: open addressing, linear probing. */
class LatestTable {
  private hashes: Int32Array;
  private latest: Int32Array;
  private ids: string[];
  private used = 0;

  constructor(private capacity: number) {
    this.hashes = new Int32Array(capacity);
    this.latest = new Int32Array(capacity).fill(EMPTY);
    this.ids = new Array<string>(capacity);
  }

  /** The slot holding the identifier, or the empty slot where it would go. */
  private slotOf(id: string, hash: number): number {
    const mask = this.capacity - 1;
    let p = hash & mask;
    while (this.latest[p] !== EMPTY && (this.hashes[p] !== hash || this.ids[p] !== id)) {
      p = (p + 1) & mask;
    }
    return p;
  }

  /** The child's latest date, or `EMPTY` when not held. */
  latestOf(id: string, hash: number): number {
    return this.latest[this.slotOf(id, hash)]!;
  }

  /** Records a date (never earlier than the child's last) of a child; makes room, keeping
   * only children whose latest date is `keepFrom` or after. */
  set(id: string, hash: number, day: number, keepFrom: number): void {
    if (2 * (this.used + 1) > this.capacity) this.rebuild(keepFrom);
    const p = this.slotOf(id, hash);
    if (this.latest[p] === EMPTY) this.used += 1;
    this.hashes[p] = hash;
    this.ids[p] = id;
    this.latest[p] = day;
  }

  private rebuild(keepFrom: number): void {
    const [hashes, latest, ids] = [this.hashes, this.latest, this.ids];
    let live = 0;
    for (let p = 0; p < latest.length; p++) if (latest[p]! >= keepFrom) live += 1;
    if (4 * (live + 1) > this.capacity) this.capacity *= 2;
    this.hashes = new Int32Array(this.capacity);
    this.latest = new Int32Array(this.capacity).fill(EMPTY);
    this.ids = new Array<string>(this.capacity);
    this.used = 0;
    for (let p = 0; p < latest.length; p++) {
      if (latest[p]! < keepFrom) continue;
      const q = this.slotOf(ids[p]!, hashes[p]!);
      this.hashes[q] = hashes[p]!;
      this.ids[q] = ids[p]!;
      this.latest[q] = latest[p]!;
      this.used += 1;
    }
  }
}

/** Record indexes in date order: the identity when the list is already in it. */
function inDateOrder(date: Int32Array): Int32Array | null {
  for (let i = 1; i < date.length; i++) if (date[i]! < date[i - 1]!) return orderByDay(date);
  return null;
}

/** 1 for each record of `events` whose child has a `later` record 0 to `within` days after it. */
export function followedBy(events: Dated, later: DatedLater, within: number): Uint8Array {
  const flags = new Uint8Array(events.date.length);
  const eventOrder = inDateOrder(events.date);
  const laterOrder = inDateOrder(later.date);
  const laterHash = later.hashOf ?? ((j: number) => hashOf(later.idOf(j)));
  const table = new LatestTable(1024);
  let next = 0; // the next later record, in date order, not yet added
  for (let k = 0; k < flags.length; k++) {
    const i = eventOrder === null ? k : eventOrder[k]!;
    const day = events.date[i]!;
    for (; next < later.date.length; next++) {
      const j = laterOrder === null ? next : laterOrder[next]!;
      if (later.date[j]! > day + within) break;
      table.set(later.idOf(j), laterHash(j), later.date[j]!, day);
    }
    const id = events.idOf(i);
    flags[i] = table.latestOf(id, hashOf(id)) >= day ? 1 : 0;
  }
  return flags;
}
