/**
 * One table of supplied values fed a row at a time: a CSV file now, a workbook sheet later (the
 * workbook reader gives each sheet's rows to a SuppliedTable as the CSV reader does).
 */
import type { Issue } from '../../domain/index.ts';
import { CellReader, type Place } from '../cell-reader.ts';
import { type Columns, HeaderIndex, resolveColumns } from '../header-match.ts';
import { checkRow } from './checks.ts';
import { SUPPLIED_FIELDS, type SuppliedFields } from './fields.ts';
import * as say from './messages.ts';
import { readRow } from './row.ts';
import type { SuppliedReadOptions, SuppliedValue } from './value.ts';

/** Values by indicator and period across the files of one read; a later row replaces an earlier. */
export class SuppliedValues {
  private readonly byKey = new Map<string, { value: SuppliedValue; file: string; row: number }>();

  /** Adds a value; returns where the one it replaces came from, if any. */
  add(value: SuppliedValue, file: string, row: number): { file: string; row: number } | null {
    const key = `${value.indicatorId}\u0000${value.window}\u0000${value.period}`;
    const earlier = this.byKey.get(key);
    this.byKey.set(key, { value, file, row });
    return earlier ? { file: earlier.file, row: earlier.row } : null;
  }

  /** The values, in the order their indicator and period were first given. */
  list(): SuppliedValue[] {
    return [...this.byKey.values()].map((entry) => entry.value);
  }
}

export class SuppliedTable {
  /** Data rows seen (not the header, not wholly blank rows). */
  rows = 0;
  private columns: Columns<SuppliedFields> | null = null;
  private started = false;
  private readonly cells: CellReader;

  constructor(
    private readonly place: Place,
    private readonly issues: Issue[],
    private readonly values: SuppliedValues,
    private readonly options: SuppliedReadOptions,
  ) {
    this.cells = new CellReader(place, issues);
  }

  /** Takes the next row; false when the rest of the table need not be read. */
  push(cells: readonly string[], row: number): boolean {
    if (cells.every((cell) => cell.trim() === '')) return true;
    if (!this.started) return this.start(cells);
    this.rows += 1;
    if (this.columns) this.take(cells, row, this.columns);
    return true;
  }

  /** Called after the last row. */
  finish(): void {
    if (!this.started) this.error(say.NO_HEADER);
    else if (this.columns && this.rows === 0) this.error(say.NO_ROWS);
  }

  private start(headerCells: readonly string[]): boolean {
    this.started = true;
    const headers = new HeaderIndex(headerCells.map((h) => h.trim()));
    let complete = true;
    const columns = resolveColumns(headers, SUPPLIED_FIELDS, (spec) => {
      if (!spec.required) return;
      complete = false;
      this.error(say.missingColumn(spec.header));
    });
    this.columns = complete ? columns : null;
    return complete;
  }

  private take(cells: readonly string[], row: number, columns: Columns<SuppliedFields>): void {
    this.cells.moveTo(cells, row);
    const read = readRow(this.cells, columns, this.options);
    const value = read && checkRow(this.cells, columns, read);
    if (!value) return;
    const earlier = this.values.add(value, this.place.file, row);
    if (earlier) {
      const column = columns.period;
      this.cells.report(
        'warning',
        column,
        this.cells.raw(column),
        say.duplicate(earlier.file, earlier.row),
      );
    }
  }

  private error(message: string): void {
    this.issues.push({ severity: 'error', ...this.place, message });
  }
}
