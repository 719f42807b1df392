/**
 * A table of values a council types itself (targets, supplied values), fed a row at a time from
 * a CSV file or a workbook sheet under its header: the header row resolves the columns, each
 * later row goes to the kind's own reader, and a table without a header, rows or a required
 * column is an error naming the file.
 */
import type { Issue } from '../domain/index.ts';
import { CellReader, type Place } from './cell-reader.ts';
import { type Columns, type FieldMap, HeaderIndex, resolveColumns } from './header-match.ts';
import { cellTexts, isBlankRow, type RowCells } from './row-cells.ts';

const NO_HEADER = 'The file is empty: there is no header row.';

function missingColumn(header: string): string {
  return `The file has no "${header}" column.`;
}

/** What one kind of value table reads and says. */
export interface ValueTableKind<F extends FieldMap> {
  fields: F;
  /** The error for a header with no rows under it. */
  noRows: string;
  /** Reads one data row (the reader is at it), reporting its own problems. */
  take(cells: CellReader, columns: Columns<F>, row: number): void;
}

/** The indexes of the columns a header row names, or null when it lacks a required one. */
export function columnsRead(headers: readonly string[], fields: FieldMap): Set<number> | null {
  let complete = true;
  const index = new HeaderIndex(headers.map((h) => h.trim()));
  const columns = resolveColumns(index, fields, (spec) => {
    if (spec.required) complete = false;
  });
  if (!complete) return null;
  return new Set(Object.values(columns).flatMap((c) => (c.index < 0 ? [] : [c.index])));
}

export class ValueTable<F extends FieldMap> {
  /** Data rows seen (not the header, not wholly blank rows). */
  rows = 0;
  private columns: Columns<F> | null = null;
  private started = false;
  private readonly cells: CellReader;

  constructor(
    private readonly place: Place,
    private readonly issues: Issue[],
    private readonly kind: ValueTableKind<F>,
  ) {
    this.cells = new CellReader(place, issues);
  }

  /** Takes the next row; false when the rest of the table need not be read. */
  push(cells: RowCells, row: number): boolean {
    if (isBlankRow(cells)) return true;
    if (!this.started) return this.start(cells);
    this.rows += 1;
    if (this.columns) {
      this.cells.moveTo(cells, row);
      this.kind.take(this.cells, this.columns, row);
    }
    return true;
  }

  /** Called after the last row. */
  finish(): void {
    if (!this.started) this.error(NO_HEADER);
    else if (this.columns && this.rows === 0) this.error(this.kind.noRows);
  }

  private start(headerCells: RowCells): boolean {
    this.started = true;
    const headers = new HeaderIndex(cellTexts(headerCells).map((h) => h.trim()));
    let complete = true;
    const columns = resolveColumns(headers, this.kind.fields, (spec) => {
      if (!spec.required) return;
      complete = false;
      this.error(missingColumn(spec.header));
    });
    this.columns = complete ? columns : null;
    return complete;
  }

  private error(message: string): void {
    this.issues.push({ severity: 'error', ...this.place, message });
  }
}
