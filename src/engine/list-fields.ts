/**
 * A record list's fields as columns, from its records or from the columns a reader packed them
 * into (domain packed-records.ts): the engine's column builders read lists through these, so a
 * list read on a second thread is never made into objects for a computation (issue 4).
 */
import {
  type Day,
  fieldReader,
  NUMBER,
  type PackedColumn,
  type PackedRecords,
  packedColumn,
  packedValue,
} from '../domain/index.ts';

/** A record list as the engine reads it: its records, or a reader's packed columns of them. */
export type RecordsOf<R> = readonly R[] | PackedRecords;

/** Fields of R whose values are days or blank. */
type DayField<R> = { [K in keyof R]: R[K] extends Day | null ? K : never }[keyof R] & string;

function isPacked<R>(list: RecordsOf<R>): list is PackedRecords {
  return !Array.isArray(list);
}

/** Each record's `field`, a day or blank, as days: `blank` for a blank. */
export function dayColumn<R>(list: RecordsOf<R>, field: DayField<R>, blank: Day): Int32Array {
  const out = new Int32Array(list.length);
  if (isPacked(list)) {
    const column = packedColumn(list, field);
    if (column.kind === 'coded') return codedDays(column, out, blank);
    for (let i = 0; i < out.length; i++) out[i] = (packedValue(column, i) as Day | null) ?? blank;
    return out;
  }
  const read = fieldReader(field) as (record: R) => Day | null;
  for (let i = 0; i < out.length; i++) out[i] = read(list[i]!) ?? blank;
  return out;
}

function codedDays(
  column: Extract<PackedColumn, { kind: 'coded' }>,
  out: Int32Array,
  blank: Day,
): Int32Array {
  const { codes, numbers, values } = column;
  const days = Int32Array.from(values, (value) => (value as Day | null) ?? blank);
  for (let i = 0; i < out.length; i++) {
    const code = codes[i]!;
    out[i] = code === NUMBER ? numbers![i]! : days[code]!;
  }
  return out;
}

/** 1 for each record whose `field` passes `test`, else 0 (a packed column's values tested once each). */
export function flagColumn<R, K extends keyof R & string>(
  list: RecordsOf<R>,
  field: K,
  test: (value: R[K]) => boolean,
): Uint8Array {
  const out = new Uint8Array(list.length);
  if (isPacked(list)) {
    const column = packedColumn(list, field);
    if (column.kind === 'coded')
      return codedFlags(column, out, test as (value: unknown) => boolean);
    for (let i = 0; i < out.length; i++) out[i] = test(packedValue(column, i) as R[K]) ? 1 : 0;
    return out;
  }
  const read = fieldReader(field) as (record: R) => R[K];
  for (let i = 0; i < out.length; i++) out[i] = test(read(list[i]!)) ? 1 : 0;
  return out;
}

function codedFlags(
  column: Extract<PackedColumn, { kind: 'coded' }>,
  out: Uint8Array,
  test: (value: unknown) => boolean,
): Uint8Array {
  const { codes, numbers, values } = column;
  const flags = Uint8Array.from(values, (value) => (test(value) ? 1 : 0));
  for (let i = 0; i < out.length; i++) {
    const code = codes[i]!;
    out[i] = code === NUMBER ? (test(numbers![i]) ? 1 : 0) : flags[code]!;
  }
  return out;
}

/** Record `i`'s `field` (for the few records read one by one: a child without a reader's key). */
export function valueAt<R, K extends keyof R & string>(
  list: RecordsOf<R>,
  field: K,
  i: number,
): R[K] {
  if (isPacked(list)) return packedValue(packedColumn(list, field), i) as R[K];
  return list[i]![field];
}
