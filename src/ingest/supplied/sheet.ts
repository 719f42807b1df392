/**
 * One workbook sheet of supplied values: its header found below any title rows, each cell turned
 * into the text a CSV saved from it would hold, and the rows given to a SuppliedTable.
 */
import type { CellValue } from 'exceljs';
import type { Issue } from '../../domain/index.ts';
import {
  CellProblems,
  type CellText,
  formattedCellText,
  type NumFmt,
  problemText,
  type SheetVisitor,
} from '../xlsx/index.ts';
import * as say from './messages.ts';
import { suppliedColumns } from './sheet-header.ts';
import { SuppliedTable, type SuppliedValues } from './table.ts';
import type { SuppliedReadOptions } from './value.ts';

/** Title rows allowed above the header. */
const MAX_TITLE_ROWS = 5;

type State =
  | { kind: 'seeking'; seen: number }
  | { kind: 'reading'; table: SuppliedTable; headers: readonly string[]; read: Set<number> }
  | { kind: 'skipped' };

export class SuppliedSheet implements SheetVisitor {
  private state: State = { kind: 'seeking', seen: 0 };
  private readonly place: { file: string; sheet: string };
  private readonly problems: CellProblems;

  constructor(
    file: string,
    readonly sheet: string,
    private readonly issues: Issue[],
    private readonly values: SuppliedValues,
    private readonly options: SuppliedReadOptions,
  ) {
    this.place = { file, sheet };
    this.problems = new CellProblems(issues);
  }

  /** Data rows read (0 when the sheet was skipped). */
  get rows(): number {
    return this.state.kind === 'reading' ? this.state.table.rows : 0;
  }

  /** Whether the sheet held supplied values (it had their header). */
  get read(): boolean {
    return this.state.kind === 'reading';
  }

  row(values: readonly CellValue[], row: number, numFmt: NumFmt): boolean {
    const texts = Array.from(values, (value, column) => formattedCellText(value, numFmt(column)));
    const state = this.state;
    if (state.kind === 'reading') return state.table.push(this.cells(state, texts, row), row);
    if (state.kind === 'skipped') return false;
    const headers = texts.map((text) => (typeof text === 'string' ? text : problemText(text)));
    if (headers.every((h) => h.trim() === '')) return true;
    const read = suppliedColumns(headers);
    if (read) this.start(headers, read, row, state.seen);
    else if (++state.seen > MAX_TITLE_ROWS) this.skip();
    return this.state.kind !== 'skipped';
  }

  end(): void {
    if (this.state.kind === 'seeking') this.skip();
    if (this.state.kind === 'reading') this.state.table.finish();
    this.problems.finish();
  }

  private start(headers: string[], read: Set<number>, row: number, titles: number): void {
    if (titles > 0)
      this.issues.push({
        severity: 'warning',
        ...this.place,
        row,
        message: say.titleRows(row, titles),
      });
    const table = new SuppliedTable(this.place, this.issues, this.values, this.options);
    table.push(headers, row);
    this.state = { kind: 'reading', table, headers, read };
  }

  private skip(): void {
    this.state = { kind: 'skipped' };
    this.issues.push({ severity: 'warning', ...this.place, message: say.sheetSkipped(this.sheet) });
  }

  /** The row's cells as text, with any formula or error cell in a column read reported. */
  private cells(state: Reading, texts: readonly CellText[], row: number): string[] {
    return texts.map((text, column) => {
      if (typeof text === 'string') return text;
      if (!state.read.has(column)) return problemText(text);
      return this.problems.report(text, {
        ...this.place,
        row,
        column: state.headers[column]!.trim(),
      });
    });
  }
}

type Reading = State & { kind: 'reading' };
