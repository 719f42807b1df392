/**
 * One Annex A table (a CSV file now, a workbook sheet later), fed a row at a time: the first
 * non-blank row is the header, which tells the list if the name did not.
 */
import { CellReader, type Place } from '../cell-reader.ts';
import { HeaderIndex } from '../header-match.ts';
import type { ReadSession } from '../read-session.ts';
import { listFromHeaders, listFromName } from './detect-list.ts';
import type { AnnexAList } from './headers.ts';
import type { RowSink } from './list-reader.ts';
import { LIST_READERS } from './lists.ts';

const UNRECOGNISED =
  'Cannot tell which Annex A list this file holds: name it after its list (such as "List 3.csv") or give it the list\'s column headers.';
const NO_HEADER = 'The file is empty: there is no header row.';

export class AnnexATable {
  list: AnnexAList | null = null;
  /** Data rows seen (not the header, not wholly blank rows). */
  rows = 0;
  private started = false;
  private sink: RowSink | null = null;
  private readonly cells: CellReader;

  constructor(
    private readonly name: string,
    private readonly place: Place,
    private readonly session: ReadSession,
  ) {
    this.cells = new CellReader(place, session.issues);
  }

  /** Takes the next row; false when the rest of the table need not be read. */
  push(cells: readonly string[], row: number): boolean {
    if (isBlankRow(cells)) return true;
    if (!this.started) return this.start(cells, row);
    this.rows += 1;
    if (this.sink) {
      this.cells.moveTo(cells, row);
      this.sink(this.cells);
    }
    return true;
  }

  /** Called after the last row. */
  finish(): void {
    if (this.started) return;
    this.list = listFromName(this.name);
    this.session.issues.push({ severity: 'error', ...this.place, message: NO_HEADER });
  }

  private start(headerCells: readonly string[], row: number): boolean {
    this.started = true;
    const headers = new HeaderIndex(headerCells.map((h) => h.trim()));
    this.list = listFromName(this.name) ?? listFromHeaders(headers);
    if (this.list === null) {
      this.session.issues.push({ severity: 'error', ...this.place, message: UNRECOGNISED });
      return false;
    }
    this.sink = LIST_READERS[this.list]?.open(headers, row, this.place, this.session) ?? null;
    return true;
  }
}

function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}
