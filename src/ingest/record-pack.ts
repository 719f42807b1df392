/**
 * Flat records packed into columns, to pass between threads (domain packed-records.ts). Every
 * record of a list has the same fields in the same order (each list's records are built by one
 * object literal), and each value is a number, text, boolean or null.
 */
import {
  fieldName,
  fieldReader,
  NUMBER,
  type PackedColumn,
  type PackedRecords,
  packedValue,
} from '../domain/index.ts';

export type { PackedColumn, PackedRecords };

/** A child's identifier by its index, for identifiers packed as child keys. */
export type IdOf = (index: number) => string | undefined;

const FIRST_CAPACITY = 1024;
/** A column with more distinct values than this, and than a quarter of its values, goes plain. */
const MAX_CODES = 4096;

/**
 * Packs `records`. Where `keys` gives every record's child as an index whose identifier (`idOf`)
 * is each record's `childId`, the identifiers are not packed but read back from there.
 */
export function packRecords(
  records: readonly object[],
  keys?: Int32Array,
  idOf?: IdOf,
): PackedRecords {
  const fields = records.length > 0 ? Object.keys(records[0]!).map(fieldName) : [];
  const rows = records as readonly Record<string, unknown>[];
  for (const record of rows) {
    if (Object.keys(record).length !== fields.length) throw new Error('records differ in shape');
  }
  const columns = fields.map((field) =>
    field === 'childId' && childIdsFromKeys(rows, keys, idOf)
      ? ({ kind: 'child' } as const)
      : packColumn(rows, fieldReader(field)),
  );
  return { length: records.length, fields, columns };
}

function childIdsFromKeys(
  records: readonly Record<string, unknown>[],
  keys?: Int32Array,
  idOf?: IdOf,
): boolean {
  if (keys === undefined || idOf === undefined || keys.length !== records.length) return false;
  for (let i = 0; i < records.length; i++) {
    if (idOf(keys[i]!) !== records[i]!.childId) return false;
  }
  return true;
}

function packColumn<T extends object>(
  records: readonly T[],
  read: (record: T) => unknown,
): PackedColumn {
  const column = new ColumnPacker(records.length);
  for (let i = 0; i < records.length; i++) column.set(i, read(records[i]!));
  return column.packed(records.length);
}

/**
 * One field's values packed as they come, by place: coded (numbers in a typed array, other
 * values by a code a distinct value) while few are distinct, else kept as they are.
 */
export class ColumnPacker {
  private codes: Int32Array;
  private numbers: Float64Array | null = null;
  private readonly values: unknown[] = [];
  private readonly known = new Map<unknown, number>();
  /** The values as they are, once too many are distinct to code. */
  private plain: unknown[] | null = null;

  constructor(capacity = FIRST_CAPACITY) {
    this.codes = new Int32Array(Math.max(1, capacity));
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

  /** The first `length` values packed. */
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

/** The records `packRecords` packed; `keys` and `idOf` read back identifiers packed as keys. */
export function unpackRecords<R>(packed: PackedRecords, keys?: Int32Array, idOf?: IdOf): R[] {
  const make = recordMaker<R>(packed, keys, idOf);
  const out: R[] = new Array(packed.length);
  for (let i = 0; i < packed.length; i++) out[i] = make(i);
  return out;
}

/** A function making record `i` of `packed` (as `unpackRecords` makes them all). */
export function recordMaker<R>(packed: PackedRecords, keys?: Int32Array, idOf?: IdOf) {
  const { fields, columns } = packed;
  return makerOf<R>(
    fields,
    columns.map((column) => columnReader(column, keys, idOf)),
  );
}

/**
 * A function making record `i` as an object literal with `fields`, each from its reader (as
 * literal code makes them: about seven times as fast as setting fields by name).
 */
export function makerOf<R>(
  fields: readonly string[],
  readers: readonly ((i: number) => unknown)[],
): (i: number) => R {
  const names = fields.map((_, f) => `read${f}`);
  const literal = fields.map((field, f) => `${fieldName(field)}: read${f}(i)`).join(', ');
  const make = new Function(...names, `return (i) => ({ ${literal} });`);
  return make(...readers) as (i: number) => R;
}

function columnReader(column: PackedColumn, keys?: Int32Array, idOf?: IdOf) {
  if (column.kind !== 'child') return (i: number) => packedValue(column, i);
  if (keys === undefined || idOf === undefined) throw new Error('no child keys to unpack');
  return (i: number) => idOf(keys[i]!)!;
}
