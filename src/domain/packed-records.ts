/**
 * A record list packed into columns, as a reading thread passes it to the main thread (ingest
 * record-pack.ts): a structured clone of a million small objects costs seconds, while typed
 * arrays and each column's distinct values cost little. The engine reads the columns it needs
 * from it as they are (engine list-fields.ts), so a large council's lists read on the second
 * thread are never made into objects for `outturn compute` (issue 4).
 */
import type { RecordList } from './record.ts';

/** A column's values: coded (an index into `values`, or NUMBER with the number in `numbers`), or as they are. */
export type PackedColumn =
  | { kind: 'coded'; codes: Int32Array; numbers: Float64Array | null; values: unknown[] }
  | { kind: 'plain'; values: unknown[] }
  /** Each record's child identifier, read back from the children by the record's child key. */
  | { kind: 'child' };

/** Records of one shape, by field: `columns[f]` holds each record's `fields[f]`. */
export interface PackedRecords {
  length: number;
  fields: string[];
  columns: PackedColumn[];
}

/** Record lists packed (`records[list]` made from them when first read). */
export type PackedLists = Partial<Record<RecordList, PackedRecords>>;

/** Codes that say the value is a number, in `numbers`. */
export const NUMBER = -1;

/** Record `i`'s value in a coded or plain column. */
export function packedValue(column: PackedColumn, i: number): unknown {
  switch (column.kind) {
    case 'plain':
      return column.values[i];
    case 'coded': {
      const code = column.codes[i]!;
      return code === NUMBER ? column.numbers![i] : column.values[code];
    }
    case 'child':
      throw new Error('a child column is read with the children it was packed with');
    default: {
      const unreachable: never = column;
      return unreachable;
    }
  }
}

/** The column of `field`; an error when the records have no such field. */
export function packedColumn(records: PackedRecords, field: string): PackedColumn {
  const at = records.fields.indexOf(field);
  if (at < 0) throw new Error(`the packed records have no field ${field}`);
  return records.columns[at]!;
}

/*
 * Reading records field by field with the field's name in a variable is a property look-up by
 * name each time (about 0.7 s for 1.5 million contacts); a function made for the field reads it
 * as literal code does (about 0.1 s). The names are checked first.
 */

const NAME = /^[A-Za-z_$][\w$]*$/;
const READERS = new Map<string, (record: object) => unknown>();

/** `name`, checked to be a plain field name (so it can be written into a made function). */
export function fieldName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a record field name: ${name}`);
  return name;
}

/** A function reading `field` of a record, as literal code does (one a field, kept). */
export function fieldReader(field: string): (record: object) => unknown {
  let read = READERS.get(field);
  if (read === undefined) {
    read = new Function('record', `return record.${fieldName(field)};`) as (r: object) => unknown;
    READERS.set(field, read);
  }
  return read;
}
