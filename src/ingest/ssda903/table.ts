/**
 * One SSDA903 table (a CSV file), fed a row at a time: the first non-blank row is the header,
 * which tells the table if the file name did not; its columns are resolved once.
 */
import type { Issue } from '../../domain/index.ts';
import { CellReader, type Place } from '../cell-reader.ts';
import { type FieldMap, type FieldSpec, HeaderIndex, resolveColumns } from '../header-match.ts';
import { tableFromHeaders, tableFromName } from './detect-table.ts';
import { openEpisodes } from './episode-rows.ts';
import { openMissing, openOc3, openReviews, openUasc } from './extra-rows.ts';
import { type Ssda903TableName, TABLE_FIELDS } from './fields.ts';
import { openHeader } from './header-rows.ts';
import type { Ssda903Session } from './session.ts';

type RowSink = (cells: CellReader) => void;

const UNRECOGNISED =
  'Cannot tell which SSDA903 table this file holds: name it after its table (such as "episodes.csv") or give it the table\'s column headers.';
const NO_HEADER = 'The file is empty: there is no header row.';

export class Ssda903Table {
  table: Ssda903TableName | null = null;
  /** Data rows seen (not the header, not wholly blank rows). */
  rows = 0;
  private started = false;
  private sink: RowSink | null = null;
  private readonly cells: CellReader;

  constructor(
    private readonly name: string,
    private readonly place: Place,
    private readonly session: Ssda903Session,
  ) {
    this.cells = new CellReader(place, session.issues);
  }

  /** Takes the next row; false when the rest of the file need not be read. */
  push(cells: readonly string[], row: number): boolean {
    if (cells.every((cell) => cell.trim() === '')) return true;
    if (!this.started) return this.start(cells, row);
    this.rows += 1;
    this.cells.moveTo(cells, row);
    this.sink?.(this.cells);
    return true;
  }

  /** Called after the last row. */
  finish(): void {
    if (this.started) return;
    this.table = tableFromName(this.name);
    this.session.issues.push({ severity: 'error', ...this.place, message: NO_HEADER });
  }

  private start(headerCells: readonly string[], row: number): boolean {
    this.started = true;
    const headers = new HeaderIndex(headerCells.map((h) => h.trim()));
    this.table = tableFromName(this.name) ?? tableFromHeaders(headers);
    if (this.table === null) {
      this.session.issues.push({ severity: 'error', ...this.place, message: UNRECOGNISED });
      return false;
    }
    this.sink = this.open(this.table, headers, row);
    return true;
  }

  /** The row reader for the table; null when a required column is missing. */
  private open(table: Ssda903TableName, headers: HeaderIndex, row: number): RowSink | null {
    const { session, place } = this;
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
