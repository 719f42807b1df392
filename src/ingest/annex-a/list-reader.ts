/**
 * Turning an Annex A list's rows into records: columns resolved once from the header row, then
 * each row read into a record and a child, merged by key, with end-before-start warnings.
 */
import type { Child, Day, Issue, RecordSet } from '../../domain/index.ts';
import type { CellReader, Place } from '../cell-reader.ts';
import type { ChildRegistry } from '../child-registry.ts';
import {
  type Column,
  type Columns,
  type FieldMap,
  type FieldSpec,
  type HeaderIndex,
  resolveColumns,
} from '../header-match.ts';
import type { RowSink } from '../headered-table.ts';
import type { ReadSession } from '../read-session.ts';
import { type MergeTarget, recordKey, TableMerger } from '../record-merge.ts';
import type { COMMON_FIELDS } from './fields.ts';
import type { AnnexAList } from './headers.ts';

type CommonFields = typeof COMMON_FIELDS;

/** How one list's rows become records of type R. */
export interface ListDefinition<F extends CommonFields, R extends { childId: string }> {
  list: AnnexAList;
  fields: F;
  /** The field holding the key date; null when the list has one record per child (List 9). */
  key: keyof F | null;
  /** The array of the record set the records go to. */
  target: (records: RecordSet) => R[];
  /** Where the records go instead when the read keeps them as columns (contacts). */
  columns?: (session: ReadSession) => MergeTarget<R> | null;
  /** The record from a row; `childId` and `key` (CHILD_ONLY when keyless) are already read. */
  build: (cells: CellReader, columns: Columns<F>, childId: string, key: Day) => R;
  /** A date that must not come before the key date, and where the record holds it. */
  end?: { field: keyof F; of: (record: R) => Day | null };
}

/** The key date given to records of a list keyed by child alone. */
export const CHILD_ONLY: Day = 0;

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

/** A list definition opened on one table: its columns resolved and its merger ready. */
interface OpenList<F extends CommonFields, R extends { childId: string }> {
  definition: ListDefinition<F, R>;
  columns: Columns<F>;
  merger: TableMerger<R>;
  children: ChildRegistry;
  /** Reused for each row's child fields; the registry keeps what it says as numbers. */
  child: Child;
  /** Whether the records go to columns (ReadOptions.asColumns), not kept as objects. */
  asColumns: boolean;
}

export function defineList<F extends CommonFields, R extends { childId: string }>(
  definition: ListDefinition<F, R>,
): ListReader {
  return {
    list: definition.list,
    names: Object.values(definition.fields).flatMap((spec) => [spec.header, ...spec.variants]),
    open: (headers, headerRow, place, session) => {
      const at = { list: definition.list, headerRow, place };
      const columns = listColumns(definition.fields, headers, at, session.issues);
      if (columns === null) return null;
      const asColumns =
        definition.columns?.(session) ??
        session.packing?.for(definition.target(session.records)) ??
        null;
      const target = asColumns ?? definition.target(session.records);
      const keyName = columns[definition.key ?? 'childId'].header;
      const merger = new TableMerger(session.merge, target, place, keyName);
      merger.expect(session.rowsExpected);
      const child: Child = { childId: '', gender: null, ethnicity: null, birthDate: null };
      const children = session.children;
      const open = { definition, columns, merger, children, child, asColumns: asColumns !== null };
      return (cells) => readRow(open, cells);
    },
  };
}

/** Where a list's table is: its list, header row and file (and sheet). */
export interface TableAt {
  list: AnnexAList;
  headerRow: number;
  place: Place;
}

/** The table's columns for `fields`; null when a required one is missing (each is an issue). */
export function listColumns<F extends FieldMap>(
  fields: F,
  headers: HeaderIndex,
  { list, headerRow, place }: TableAt,
  issues: Issue[],
): Columns<F> | null {
  let complete = true;
  const columns = resolveColumns(headers, fields, (spec) => {
    complete &&= !spec.required;
    issues.push(missingColumn(spec, list, place, headerRow));
  });
  return complete ? columns : null;
}

function missingColumn(spec: FieldSpec, list: AnnexAList, place: Place, row: number): Issue {
  const column = spec.header;
  return spec.required
    ? {
        severity: 'error',
        ...place,
        row,
        column,
        message: `There is no "${column}" column, which List ${list} must have.`,
      }
    : {
        severity: 'warning',
        ...place,
        row,
        column,
        message: `There is no "${column}" column: its values are read as blank.`,
      };
}

function readRow<F extends CommonFields, R extends { childId: string }>(
  { definition, columns, merger, children, child, asColumns }: OpenList<F, R>,
  cells: CellReader,
): void {
  const keyColumn = definition.key === null ? null : columns[definition.key];
  const childId = cells.requiredId(columns.childId);
  const key = keyColumn === null ? CHILD_ONLY : cells.requiredDate(keyColumn);
  readChild(cells, columns, child, childId ?? '');
  if (childId === null || key === null) {
    definition.build(cells, columns, '', 0); // for the issues in the row's other cells
    return;
  }
  // records kept as objects share their child's identifier (one string a child); records kept
  // as columns make no object or string for their child (ChildRegistry.note)
  const childIndex = asColumns ? children.note(child, cells.row) : children.set(child, cells.row);
  const id = asColumns ? childId : children.at(childIndex).childId;
  const record = definition.build(cells, columns, id, key);
  const end = definition.end;
  if (end && keyColumn) checkEnd(cells, columns[end.field], end.of(record), keyColumn, key);
  merger.add(recordKey(definition.list, childIndex, key), record, child, cells.row, childIndex);
}

/** Reads the row's child fields into `child`. */
function readChild(cells: CellReader, columns: Columns<CommonFields>, child: Child, id: string) {
  child.childId = id;
  child.gender = cells.gender(columns.gender);
  child.ethnicity = cells.unsharedText(columns.ethnicity); // kept as a number (TextNumbers)
  child.birthDate = cells.date(columns.birthDate);
}

/** Warns, keeping the record, when an end date comes before the start (the key date). */
export function checkEnd(
  cells: CellReader,
  endColumn: Column,
  end: Day | null,
  startColumn: Column,
  start: Day | null,
): void {
  if (end === null || start === null || end >= start) return;
  const message = `This date is before the "${startColumn.header}" (${cells.raw(startColumn)}): the row is kept as it is.`;
  cells.report('warning', endColumn, cells.raw(endColumn), message);
}
