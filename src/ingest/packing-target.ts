/**
 * A list's records merged straight into packed columns (domain packed-records.ts), for a read
 * that keeps its lists so (ReadOptions.asColumns: `outturn compute`): each row's record is
 * built, merged and packed, and then dies young, so a large council's lists leave no object a
 * record to be copied by the collector or packed again to pass between threads (issue 4). The
 * engine reads the columns as they are; `records[list]` is made from them only if read.
 */
import {
  NUMBER,
  type PackedColumn,
  type PackedRecords,
  RECORD_LISTS,
  type RecordList,
  type RecordSet,
} from '../domain/index.ts';
import type { ChildRegistry } from './child-registry.ts';
import type { MergeTarget } from './record-merge.ts';
import { fieldName, getter } from './record-pack.ts';

const FIRST_CAPACITY = 1024;
/** A column with more distinct values than this, and than a quarter of its records, goes plain. */
const MAX_CODES = 4096;

/** One field's values as they come: coded while few are distinct, else as they are. */
class ColumnBuilder {
  private codes: Int32Array;
  private numbers: Float64Array | null = null;
  private readonly values: unknown[] = [];
  private readonly known = new Map<unknown, number>();
  /** The values as they are, once too many are distinct to code. */
  private plain: unknown[] | null = null;

  constructor(capacity = FIRST_CAPACITY) {
    this.codes = new Int32Array(capacity);
  }

  /** Makes room for `count` values without growing on the way. */
  reserve(count: number): void {
    if (this.plain === null && count > this.codes.length) this.grow(count - 1);
  }

  set(i: number, value: unknown): void {
    if (this.plain !== null) {
      this.plain[i] = value;
      return;
    }
    if (i >= this.codes.length) this.grow(i);
    if (typeof value === 'number') {
      this.numbers ??= new Float64Array(this.codes.length);
      this.numbers[i] = value;
      this.codes[i] = NUMBER;
      return;
    }
    let code = this.known.get(value);
    if (code === undefined) {
      if (this.values.length >= MAX_CODES && this.values.length > i / 4) {
        this.becomePlain(i);
        this.plain![i] = value;
        return;
      }
      code = this.values.push(value) - 1;
      this.known.set(value, code);
    }
    this.codes[i] = code;
  }

  get(i: number): unknown {
    if (this.plain !== null) return this.plain[i];
    const code = this.codes[i]!;
    return code === NUMBER ? this.numbers![i] : this.values[code];
  }

  packed(length: number): PackedColumn {
    if (this.plain !== null) return { kind: 'plain', values: this.plain.slice(0, length) };
    return {
      kind: 'coded',
      codes: this.codes.slice(0, length),
      numbers: this.numbers?.slice(0, length) ?? null,
      values: this.values,
    };
  }

  /** The values so far (the first `count`) as they are, and from now on. */
  private becomePlain(count: number): void {
    const plain: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) plain[i] = this.get(i);
    this.plain = plain;
    this.known.clear();
  }

  private grow(i: number): void {
    let size = this.codes.length;
    while (size <= i) size *= 2;
    const codes = new Int32Array(size);
    codes.set(this.codes);
    this.codes = codes;
    if (this.numbers !== null) {
      const numbers = new Float64Array(size);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
  }
}

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
  private readers: (((record: R) => unknown) | null)[] = [];
  private columns: ColumnBuilder[] = [];
  /** Makes a record from its values, field by field, as an object literal does. */
  private make: ((values: readonly unknown[]) => R) | null = null;

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
    const values = this.fields!.map((field, f) =>
      field === 'childId'
        ? (this.children.idOf(this.child[place]!) ?? '')
        : this.columns[f]!.get(place),
    );
    return this.make!(values);
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
    this.readers = fields.map((field) => (field === 'childId' ? null : getter(field)));
    this.columns = fields.map(() => new ColumnBuilder(this.child.length));
    const literal = fields.map((field, f) => `${field}: values[${f}]`).join(', ');
    this.make = new Function('values', `return { ${literal} };`) as (v: readonly unknown[]) => R;
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
