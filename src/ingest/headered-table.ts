/**
 * A table fed a row at a time, whose first non-blank row is the header: the file's name, else
 * its headers, tell what it holds (an Annex A list, an SSDA903 table), and that kind's row
 * reader takes every later row.
 */
import type { Issue } from '../domain/index.ts';
import { CellReader, type Place } from './cell-reader.ts';
import { HeaderIndex } from './header-match.ts';
import { cellTexts, isBlankRow, type RowCells } from './row-cells.ts';

export type RowSink = (cells: CellReader) => void;

/** What a format tells its tables apart by, and how it reads each. */
export interface TableKinds<K> {
  fromName(name: string): K | null;
  fromHeaders(headers: HeaderIndex): K | null;
  /** The row reader for a kind; null when a required column is missing (an issue says so). */
  open(kind: K, headers: HeaderIndex, row: number): RowSink | null;
  /** The message for a table whose kind cannot be told. */
  unrecognised: string;
}

const NO_HEADER = 'The file is empty: there is no header row.';

export class HeaderedTable<K> {
  kind: K | null = null;
  /** Data rows seen (not the header, not wholly blank rows). */
  rows = 0;
  private started = false;
  private sink: RowSink | null = null;
  private readonly cells: CellReader;

  constructor(
    private readonly name: string,
    private readonly place: Place,
    private readonly issues: Issue[],
    private readonly kinds: TableKinds<K>,
  ) {
    this.cells = new CellReader(place, issues);
  }

  /** Takes the next row; false when the rest of the table need not be read. */
  push(cells: RowCells, row: number): boolean {
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
    this.kind = this.kinds.fromName(this.name);
    this.issues.push({ severity: 'error', ...this.place, message: NO_HEADER });
  }

  private start(headerCells: RowCells, row: number): boolean {
    this.started = true;
    const headers = new HeaderIndex(cellTexts(headerCells).map((h) => h.trim()));
    this.kind = this.kinds.fromName(this.name) ?? this.kinds.fromHeaders(headers);
    if (this.kind === null) {
      this.issues.push({ severity: 'error', ...this.place, message: this.kinds.unrecognised });
      return false;
    }
    this.sink = this.kinds.open(this.kind, headers, row);
    return true;
  }
}
