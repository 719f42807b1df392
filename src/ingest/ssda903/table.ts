/**
 * One SSDA903 table (a CSV file), fed a row at a time: the first non-blank row is the header,
 * which tells the table if the file name did not; its columns are resolved once.
 */
import type { Issue } from '../../domain/index.ts';
import type { Place } from '../cell-reader.ts';
import {
  type FieldMap,
  type FieldSpec,
  type HeaderIndex,
  resolveColumns,
} from '../header-match.ts';
import { HeaderedTable, type RowSink } from '../headered-table.ts';
import { tableFromHeaders, tableFromName } from './detect-table.ts';
import { openEpisodes } from './episode-rows.ts';
import { openMissing, openOc3, openReviews, openUasc } from './extra-rows.ts';
import { type Ssda903TableName, TABLE_FIELDS } from './fields.ts';
import { openHeader } from './header-rows.ts';
import type { Ssda903Session } from './session.ts';

const UNRECOGNISED =
  'Cannot tell which SSDA903 table this file holds: name it after its table (such as "episodes.csv") or give it the table\'s column headers.';

export class Ssda903Table extends HeaderedTable<Ssda903TableName> {
  constructor(name: string, place: Place, session: Ssda903Session) {
    super(name, place, session.issues, {
      fromName: tableFromName,
      fromHeaders: tableFromHeaders,
      open: (table, headers, row) => openTable(table, headers, row, session, place),
      unrecognised: UNRECOGNISED,
    });
  }

  /** The table the file holds; null when it could not be told. */
  get table(): Ssda903TableName | null {
    return this.kind;
  }
}

/** The row reader for the table; null when a required column is missing. */
function openTable(
  table: Ssda903TableName,
  headers: HeaderIndex,
  row: number,
  session: Ssda903Session,
  place: Place,
): RowSink | null {
  let complete = true;
  const columns = <F extends FieldMap>(fields: F) =>
    resolveColumns(headers, fields, (spec) => {
      if (!spec.required) return;
      complete = false;
      session.issues.push(missingColumn(spec, table, place, row));
    });
  const sink = openSink(table, columns, session, place);
  return complete ? sink : null;
}

/** Opens the table's row reader with its columns. */
function openSink(
  table: Ssda903TableName,
  columns: <F extends FieldMap>(fields: F) => ReturnType<typeof resolveColumns<F>>,
  session: Ssda903Session,
  place: Place,
): RowSink {
  switch (table) {
    case 'Header':
      return openHeader(columns(TABLE_FIELDS.Header), session);
    case 'Episodes':
      return openEpisodes(columns(TABLE_FIELDS.Episodes), session, place);
    case 'UASC':
      return openUasc(columns(TABLE_FIELDS.UASC), session);
    case 'OC3':
      return openOc3(columns(TABLE_FIELDS.OC3), session);
    case 'Missing':
      return openMissing(columns(TABLE_FIELDS.Missing), session);
    case 'Reviews':
      return openReviews(columns(TABLE_FIELDS.Reviews), session);
    default: {
      const unreachable: never = table;
      return unreachable;
    }
  }
}

function missingColumn(spec: FieldSpec, table: Ssda903TableName, place: Place, row: number): Issue {
  const column = spec.header;
  const message = `There is no "${column}" column, which the SSDA903 ${table} table must have.`;
  return { severity: 'error', ...place, row, column, message };
}
