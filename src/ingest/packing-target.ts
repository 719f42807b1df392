/**
 * A list's records merged straight into packed columns (domain packed-records.ts), for a read
 * that keeps its lists so (ReadOptions.asColumns: `outturn compute`): each row's record is
 * built, merged and packed, and then dies young, so a large council's lists leave no object a
 * record to be copied by the collector or packed again to pass between threads (issue 4). The
 * engine reads the columns as they are; `records[list]` is made from them only if read.
 */
import {
  fieldName,
  fieldReader,
  type PackedColumn,
  type PackedRecords,
  RECORD_LISTS,
  type RecordList,
  type RecordSet,
} from '../domain/index.ts';
import type { ChildRegistry } from './child-registry.ts';
import type { MergeTarget } from './record-merge.ts';
import { ColumnPacker, makerOf } from './record-pack.ts';

const FIRST_CAPACITY = 1024;

/**
 * Records of one list (all built by one object literal, so of one shape) merged into packed
 * columns. The child identifier is not kept: each record's child index is (`childKeys`), and
 * the identifier is read back from the registry when a record is asked for.
 */
export class PackingTarget<R extends { childId: string }> implements MergeTarget<R> {
  length = 0;
  private child = new Int32Array(FIRST_CAPACITY);
  private fields: string[] | null = null;
  /** A reader a field; null for the identifier, not kept. */
  private readers: (((record: object) => unknown) | null)[] = [];
  private columns: ColumnPacker[] = [];
  /** Makes record `i` back from the columns (and its identifier from the registry). */
  private make: ((i: number) => R) | null = null;

  constructor(private readonly children: Pick<ChildRegistry, 'idOf'>) {}

  push(record: R, childIndex: number): void {
    if (this.fields === null) this.learn(record);
    if (this.length === this.child.length) this.reserve(2 * this.length);
    this.set(this.length, record, childIndex);
    this.length += 1;
  }

  reserve(count: number): void {
    if (count <= this.child.length) return;
    const child = new Int32Array(count);
    child.set(this.child);
    this.child = child;
    for (const column of this.columns) column.reserve(count);
  }

  at(place: number): R {
    return this.make!(place);
  }

  set(place: number, record: R, childIndex: number): void {
    this.child[place] = childIndex;
    const { readers, columns } = this;
    for (let f = 0; f < readers.length; f++) {
      const read = readers[f]!;
      if (read !== null) columns[f]!.set(place, read(record));
    }
  }

  /** Each record's child index in the read's registry. */
  childKeys(): Int32Array {
    return this.child.slice(0, this.length);
  }

  /** The records packed: the identifiers as a child column, read back by `childKeys`. */
  packed(): PackedRecords {
    const fields = this.fields ?? [];
    const columns = fields.map(
      (field, f): PackedColumn =>
        field === 'childId' ? { kind: 'child' } : this.columns[f]!.packed(this.length),
    );
    return { length: this.length, fields, columns };
  }

  private learn(record: R): void {
    const fields = Object.keys(record).map(fieldName);
    this.fields = fields;
    // the identifier is read back from the registry, not kept
    this.readers = fields.map((field) => (field === 'childId' ? null : fieldReader(field)));
    this.columns = fields.map(() => new ColumnPacker(this.child.length));
    const idAt = (i: number) => this.children.idOf(this.child[i]!) ?? '';
    const readers = fields.map((field, f) =>
      field === 'childId' ? idAt : (i: number) => this.columns[f]!.get(i),
    );
    this.make = makerOf<R>(fields, readers);
  }
}

/** The packing targets of a read's lists, by the list's array in the record set. */
export class PackingTargets {
  private readonly targets = new Map<object, PackingTarget<{ childId: string }>>();

  constructor(private readonly children: Pick<ChildRegistry, 'idOf'>) {}

  /** The target for the records that would go to `list` (an array of the record set). */
  for<R extends { childId: string }>(list: R[]): PackingTarget<R> {
    let target = this.targets.get(list);
    if (target === undefined) {
      target = new PackingTarget(this.children);
      this.targets.set(list, target);
    }
    return target as unknown as PackingTarget<R>;
  }

  /** The lists packed, by name, with each record's child key, for `records`' arrays. */
  packed(
    records: RecordSet,
  ): Partial<Record<RecordList, { records: PackedRecords; keys: Int32Array }>> {
    const out: Partial<Record<RecordList, { records: PackedRecords; keys: Int32Array }>> = {};
    for (const list of RECORD_LISTS) {
      const target = this.targets.get(records[list]);
      if (target && target.length > 0)
        out[list] = { records: target.packed(), keys: target.childKeys() };
    }
    return out;
  }
}
