/**
 * One workbook sheet of targets: its header found below any title rows, each cell turned into the
 * text a CSV saved from it would hold (a percent-formatted 0.05 as `5%`), and the rows given to a
 * TargetTable.
 */
import type { CellValue } from 'exceljs';
import { HeaderIndex, resolveColumns } from '../header-match.ts';
import {
  CellProblems,
  type CellText,
  formattedCellText,
  type NumFmt,
  problemText,
  type SheetVisitor,
} from '../xlsx/index.ts';
import { TARGET_FIELDS } from './fields.ts';
import * as say from './messages.ts';
import { type TargetsRead, TargetTable } from './table.ts';

/** Title rows allowed above the header. */
const MAX_TITLE_ROWS = 5;

type State =
  | { kind: 'seeking'; seen: number }
  | { kind: 'reading'; table: TargetTable; headers: readonly string[]; read: Set<number> }
  | { kind: 'skipped' };
type Reading = State & { kind: 'reading' };

/** The indexes of the target columns the row names, or null when it lacks a required one. */
export function targetColumns(headers: readonly string[]): Set<number> | null {
  let complete = true;
  const index = new HeaderIndex(headers.map((h) => h.trim()));
  const columns = resolveColumns(index, TARGET_FIELDS, (spec) => {
    if (spec.required) complete = false;
  });
  if (!complete) return null;
  return new Set(Object.values(columns).flatMap((c) => (c.index < 0 ? [] : [c.index])));
}

export class TargetSheet implements SheetVisitor {
  private state: State = { kind: 'seeking', seen: 0 };
  private readonly place: { file: string; sheet: string };
  private readonly problems: CellProblems;

  constructor(
    file: string,
    readonly sheet: string,
    private readonly targets: TargetsRead,
  ) {
    this.place = { file, sheet };
    this.problems = new CellProblems(targets.issues);
  }

  get rows(): number {
    return this.state.kind === 'reading' ? this.state.table.rows : 0;
  }

  /** Whether the sheet held targets (it had their header). */
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
    const read = targetColumns(headers);
    if (read) {
      const table = new TargetTable(this.place, this.targets);
      table.push(headers, row);
      this.state = { kind: 'reading', table, headers, read };
    } else if (++state.seen > MAX_TITLE_ROWS) this.skip();
    return this.state.kind !== 'skipped';
  }

  end(): void {
    if (this.state.kind === 'seeking') this.skip();
    if (this.state.kind === 'reading') this.state.table.finish();
    this.problems.finish();
  }

  private skip(): void {
    this.state = { kind: 'skipped' };
    this.targets.issues.push({
      severity: 'warning',
      ...this.place,
      message: say.sheetSkipped(this.sheet),
    });
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
