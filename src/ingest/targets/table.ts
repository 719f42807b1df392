/**
 * One table of targets fed a row at a time (a CSV file, or a workbook sheet under its header),
 * adding to a read that may span several files.
 */
import type { Issue } from '../../domain/index.ts';
import { CellReader, type Place } from '../cell-reader.ts';
import { type Columns, HeaderIndex, resolveColumns } from '../header-match.ts';
import { TARGET_FIELDS, type TargetFields } from './fields.ts';
import * as say from './messages.ts';
import { readTargetRow } from './row.ts';
import type { ReadTarget, TargetReadOptions } from './target.ts';

/** The targets of one read, in the order given; one per indicator and financial year. */
export class TargetsRead {
  private readonly byKey = new Map<string, { target: ReadTarget; file: string; row: number }>();
  /** Files already told how a bare year is read. */
  private readonly toldBare = new Set<string>();

  constructor(
    readonly issues: Issue[],
    readonly options: TargetReadOptions,
  ) {}

  /** Adds a target; returns where an earlier one for the same indicator and year came from. */
  add(target: ReadTarget, file: string, row: number): { file: string; row: number } | null {
    const key = `${target.indicatorId}\u0000${target.financialYear}`;
    const earlier = this.byKey.get(key);
    if (earlier) return { file: earlier.file, row: earlier.row };
    this.byKey.set(key, { target, file, row });
    return null;
  }

  /** True the first time a file shows a bare year (it is told once how it is read). */
  firstBare(file: string): boolean {
    if (this.toldBare.has(file)) return false;
    this.toldBare.add(file);
    return true;
  }

  list(): ReadTarget[] {
    return [...this.byKey.values()].map((entry) => entry.target);
  }
}

export class TargetTable {
  /** Data rows seen (not the header, not wholly blank rows). */
  rows = 0;
  private columns: Columns<TargetFields> | null = null;
  private started = false;
  private readonly cells: CellReader;

  constructor(
    private readonly place: Place,
    private readonly read: TargetsRead,
  ) {
    this.cells = new CellReader(place, read.issues);
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
    const columns = resolveColumns(headers, TARGET_FIELDS, (spec) => {
      if (!spec.required) return;
      complete = false;
      this.error(say.missingColumn(spec.header));
    });
    this.columns = complete ? columns : null;
    return complete;
  }

  private take(cells: readonly string[], row: number, columns: Columns<TargetFields>): void {
    this.cells.moveTo(cells, row);
    const read = readTargetRow(this.cells, columns, this.read.options);
    if (!read) return;
    const year = columns.financialYear;
    if (read.year.bare && this.read.firstBare(this.place.file)) {
      const message = say.bareYear(read.year.year);
      this.cells.report('warning', year, this.cells.raw(year), message);
    }
    const earlier = this.read.add(read.target, this.place.file, row);
    if (earlier) {
      const message = say.duplicate(earlier.file, earlier.row);
      this.cells.report('error', year, this.cells.raw(year), message);
    }
  }

  private error(message: string): void {
    this.read.issues.push({ severity: 'error', ...this.place, message });
  }
}
