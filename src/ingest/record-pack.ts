/**
 * Flat records packed into columns, to pass between threads (domain packed-records.ts). Every
 * record of a list has the same fields in the same order (each list's records are built by one
 * object literal), and each value is a number, text, boolean or null.
 */
import { NUMBER, type PackedColumn, type PackedRecords, packedValue } from '../domain/index.ts';

export type { PackedColumn, PackedRecords };

/** A child's identifier by its index, for identifiers packed as child keys. */
export type IdOf = (index: number) => string | undefined;

/** A column with more distinct values than this, and than a quarter of its records, is kept plain. */
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
      : packColumn(rows, getter(field)),
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

function packColumn<T>(records: readonly T[], read: (record: T) => unknown): PackedColumn {
  const codes = new Int32Array(records.length);
  const known = new Map<unknown, number>();
  const values: unknown[] = [];
  let numbers: Float64Array | null = null;
  for (let i = 0; i < records.length; i++) {
    const value = read(records[i]!);
    if (typeof value === 'number') {
      numbers ??= new Float64Array(records.length);
      numbers[i] = value;
      codes[i] = NUMBER;
      continue;
    }
    let code = known.get(value);
    if (code === undefined) {
      if (values.length >= MAX_CODES && values.length > records.length / 4) {
        return { kind: 'plain', values: records.map(read) };
      }
      code = values.push(value) - 1;
      known.set(value, code);
    }
    codes[i] = code;
  }
  return { kind: 'coded', codes, numbers, values };
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
  return maker(
    fields,
    columns.map((column) => columnReader(column, keys, idOf)),
  ) as (i: number) => R;
}

/*
 * Reading and making records field by field, with the field's name in a variable, is a property
 * look-up by name each time (about 0.7 s for 1.5 million contacts); functions made for the
 * fields read and make them as literal code does (about 0.1 s). The names are checked first.
 */

const NAME = /^[A-Za-z_$][\w$]*$/;

export function fieldName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a record field name: ${name}`);
  return name;
}

/** A function reading `field` of a record. */
export function getter(field: string): (record: object) => unknown {
  return new Function('record', `return record.${fieldName(field)};`) as (r: object) => unknown;
}

/** A function making record `i` as an object literal with `fields`, each from its reader. */
function maker(fields: readonly string[], readers: readonly ((i: number) => unknown)[]) {
  const names = fields.map((_, f) => `read${f}`);
  const literal = fields.map((field, f) => `${fieldName(field)}: read${f}(i)`).join(', ');
  const make = new Function(...names, `return (i) => ({ ${literal} });`);
  return make(...readers) as (i: number) => object;
}

function columnReader(column: PackedColumn, keys?: Int32Array, idOf?: IdOf) {
  if (column.kind !== 'child') return (i: number) => packedValue(column, i);
  if (keys === undefined || idOf === undefined) throw new Error('no child keys to unpack');
  return (i: number) => idOf(keys[i]!)!;
}
