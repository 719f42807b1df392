/**
 * Turning an Annex A list's rows into records: columns resolved once from the header row, then
 * each row read into a record and a child, merged by key, with end-before-start warnings.
 */
import type { Child, Day, Issue, RecordSet } from '../../domain/index.ts';
import type { CellReader, Place } from '../cell-reader.ts';
import {
  type Column,
  type Columns,
  type FieldSpec,
  type HeaderIndex,
  resolveColumns,
} from '../header-match.ts';
import type { ReadSession } from '../read-session.ts';
import type { COMMON_FIELDS } from './fields.ts';
import type { AnnexAList } from './headers.ts';

type CommonFields = typeof COMMON_FIELDS;

/** How one list's rows become records of type R. */
export interface ListDefinition<F extends CommonFields, R extends { childId: string }> {
  list: AnnexAList;
  fields: F;
  /** The field holding the key date. */
  key: keyof F;
  /** The array of the record set the records go to. */
  target: (records: RecordSet) => R[];
  /** The record from a row; `childId` and `key` are already read. */
  build: (cells: CellReader, columns: Columns<F>, childId: string, key: Day) => R;
  /** A date that must not come before the key date, and where the record holds it. */
  end?: { field: keyof F; of: (record: R) => Day | null };
}

/** Reads the rows of a table whose header row has been seen. */
export type RowSink = (cells: CellReader) => void;

/** A list definition with its types erased, ready to open tables. */
export interface ListReader {
  list: AnnexAList;
  /** Every header name the list's fields answer to. */
  names: readonly string[];
  /** The row reader for a table with these headers; null when required columns are missing. */
  open: (
    headers: HeaderIndex,
    headerRow: number,
    place: Place,
    session: ReadSession,
  ) => RowSink | null;
}

export function defineList<F extends CommonFields, R extends { childId: string }>(
  definition: ListDefinition<F, R>,
): ListReader {
  return {
    list: definition.list,
    names: Object.values(definition.fields).flatMap((spec) => [spec.header, ...spec.variants]),
    open: (headers, headerRow, place, session) => {
      let complete = true;
      const columns = resolveColumns(headers, definition.fields, (spec) => {
        complete &&= !spec.required;
        session.issues.push(missingColumn(spec, definition.list, place, headerRow));
      });
      return complete ? (cells) => readRow(definition, columns, cells, session) : null;
    },
  };
}

function missingColumn(spec: FieldSpec, list: AnnexAList, place: Place, row: number): Issue {
  return spec.required
    ? {
        severity: 'error',
        ...place,
        row,
        column: spec.header,
        message: `There is no "${spec.header}" column, which List ${list} must have.`,
      }
    : {
        severity: 'warning',
        ...place,
        row,
        column: spec.header,
        message: `There is no "${spec.header}" column: its values are read as blank.`,
      };
}

function readRow<F extends CommonFields, R extends { childId: string }>(
  definition: ListDefinition<F, R>,
  columns: Columns<F>,
  cells: CellReader,
  session: ReadSession,
): void {
  const keyColumn = columns[definition.key];
  const childId = cells.requiredText(columns.childId);
  const key = cells.requiredDate(keyColumn);
  const child = readChild(cells, columns, childId ?? '');
  const record = definition.build(cells, columns, childId ?? '', key ?? 0);
  if (childId === null || key === null) return;
  const end = definition.end;
  if (end) checkEnd(cells, columns[end.field], end.of(record), keyColumn, key);
  session.children.set(child);
  const at = { ...cells.place, row: cells.row };
  const mergeKey = `${definition.list}\u0000${childId}\u0000${key}`;
  session.merger.add(
    definition.target(session.records),
    mergeKey,
    record,
    child,
    at,
    keyColumn.header,
  );
}

function readChild(cells: CellReader, columns: Columns<CommonFields>, childId: string): Child {
  return {
    childId,
    gender: cells.gender(columns.gender),
    ethnicity: cells.text(columns.ethnicity),
    birthDate: cells.date(columns.birthDate),
  };
}

/** Warns, keeping the record, when an end date comes before the start (the key date). */
function checkEnd(
  cells: CellReader,
  endColumn: Column,
  end: Day | null,
  startColumn: Column,
  start: Day,
): void {
  if (end === null || end >= start) return;
  const message = `This date is before the "${startColumn.header}" (${cells.raw(startColumn)}): the row is kept as it is.`;
  cells.report('warning', endColumn, cells.raw(endColumn), message);
}
