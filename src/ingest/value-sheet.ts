/**
 * One workbook sheet of a value table (targets, supplied values): its header found below any
 * title rows, each cell turned into the text a CSV saved from it would hold (a percent-formatted
 * 0.05 as `5%`), a formula or error cell in a column read reported, and the rows given to a
 * ValueTable. A sheet without the header is skipped with a warning.
 */
import type { CellValue } from 'exceljs';
import type { Issue } from '../domain/index.ts';
import type { FieldMap } from './header-match.ts';
import { ArrayCells } from './row-cells.ts';
import { columnsRead, ValueTable, type ValueTableKind } from './value-table.ts';
import {
  CellProblems,
  type CellText,
  formattedCellText,
  type NumFmt,
  problemText,
  type SheetVisitor,
} from './xlsx/index.ts';

/** Title rows allowed above the header. */
const MAX_TITLE_ROWS = 5;

/** A value table's kind, as its sheets read it. */
export interface ValueSheetKind<F extends FieldMap> extends ValueTableKind<F> {
  /** The warning for a sheet without the header. */
  sheetSkipped(sheet: string): string;
  /** The warning for title rows above the header, if the kind gives one. */
  titleRows?(headerRow: number, titles: number): string;
}

type State<F extends FieldMap> =
  | { kind: 'seeking'; seen: number }
  | { kind: 'reading'; table: ValueTable<F>; headers: readonly string[]; read: Set<number> }
  | { kind: 'skipped' };
type Reading<F extends FieldMap> = State<F> & { kind: 'reading' };

export class ValueSheet<F extends FieldMap> implements SheetVisitor {
  private state: State<F> = { kind: 'seeking', seen: 0 };
  private readonly place: { file: string; sheet: string };
  private readonly problems: CellProblems;

  constructor(
    file: string,
    readonly sheet: string,
    private readonly issues: Issue[],
    private readonly kind: ValueSheetKind<F>,
  ) {
    this.place = { file, sheet };
    this.problems = new CellProblems(issues);
  }

  /** Data rows read (0 when the sheet was skipped). */
  get rows(): number {
    return this.state.kind === 'reading' ? this.state.table.rows : 0;
  }

  /** Whether the sheet held the table (it had its header). */
  get read(): boolean {
    return this.state.kind === 'reading';
  }

  row(values: readonly CellValue[], row: number, numFmt: NumFmt): boolean {
    const texts = Array.from(values, (value, column) => formattedCellText(value, numFmt(column)));
    const state = this.state;
    if (state.kind === 'reading')
      return state.table.push(new ArrayCells(this.cells(state, texts, row)), row);
    if (state.kind === 'skipped') return false;
    const headers = texts.map((text) => (typeof text === 'string' ? text : problemText(text)));
    if (headers.every((h) => h.trim() === '')) return true;
    const read = columnsRead(headers, this.kind.fields);
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
    if (titles > 0 && this.kind.titleRows) {
      const message = this.kind.titleRows(row, titles);
      this.issues.push({ severity: 'warning', ...this.place, row, message });
    }
    const table = new ValueTable(this.place, this.issues, this.kind);
    table.push(new ArrayCells(headers), row);
    this.state = { kind: 'reading', table, headers, read };
  }

  private skip(): void {
    this.state = { kind: 'skipped' };
    const message = this.kind.sheetSkipped(this.sheet);
    this.issues.push({ severity: 'warning', ...this.place, message });
  }

  /** The row's cells as text, with any formula or error cell in a column read reported. */
  private cells(state: Reading<F>, texts: readonly CellText[], row: number): string[] {
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
